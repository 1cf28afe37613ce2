import { readFileSync } from 'node:fs'
import { Packer } from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { fullName } from '@shared/documents/briefingContext'
import { loadBriefingData } from '@shared/documents/briefingData'
import { BRIEFING_SECTIONS } from '@shared/documents/briefingOptions'
import { buildBriefing } from '@shared/documents/buildBriefing'
import { paragraphsOf, unzipDocx } from '@shared/documents/testFixtures'
import { translator } from '@shared/i18n'
import type { DatasetTables } from '@shared/model/tables'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo, type FakeIo } from './testIo'

const deps = { buildSampleTables }
const now = new Date('2026-02-01T12:00:00.000Z')
const tables = buildSampleTables(now)
const tokyoCity = tables.partnerCities.find((c) => c.name.en === 'Tokyo')
const tokyo = tables.visits.find((v) => v.cityId === tokyoCity?.id)
if (!tokyo) throw new Error('the demo has a visit to Tokyo')
const otherVisit = tables.visits.find((v) => v.id !== tokyo.id)
const tokyoParticipants = new Set(
  tables.participants.filter((p) => p.visitId === tokyo.id).map((p) => p.contactId),
)
const delegate = tables.participants.find(
  (p) => p.visitId === tokyo.id && p.side === 'delegation' && p.role === 'security',
)
const stranger = tables.contacts.find((c) => !tokyoParticipants.has(c.id))
if (!delegate || !stranger || !otherVisit) throw new Error('the demo has these people and visits')

async function backupOf(change: (t: DatasetTables) => DatasetTables = (t) => t): Promise<string> {
  return serializeBackup(await createBackup(change(tables), { appVersion: '9.8.7', now }))
}

let sample = ''
beforeAll(async () => {
  sample = await backupOf()
})

/** `planner briefing …` on in-memory files: what it printed and wrote, and its exit code. */
async function briefing(
  files: Record<string, string>,
  ...argv: string[]
): Promise<FakeIo & { exitCode: number }> {
  const io = fakeIo(files)
  io.now = () => now
  return Object.assign(io, { exitCode: await runCli(['briefing', ...argv], io, deps) })
}

const documentXml = (io: FakeIo, path: string): string => {
  const bytes = io.binaries.get(path)
  if (!bytes) throw new Error(`${path} was not written`)
  return unzipDocx(bytes.slice().buffer)['word/document.xml'] ?? ''
}

const BASE = ['b.json', '--visit', tokyo.id, '--out', 'x.docx']

describe('planner briefing', () => {
  it('writes the full book the builder makes from the same data, and says so', async () => {
    const io = await briefing({ 'b.json': sample }, ...BASE, '--lang', 'de')
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    const xml = documentXml(io, 'x.docx')
    expect(xml).toContain(tokyo.title)
    const size = Math.ceil((io.binaries.get('x.docx')?.length ?? 0) / 1024)
    expect(io.out).toEqual([`x.docx geschrieben: Briefing „${tokyo.title}“, ${size} KB.`])
    const direct = await Packer.toArrayBuffer(
      buildBriefing(loadBriefingData(tables, tokyo.id, now), { lang: 'de', variant: 'full' }),
    )
    // docx numbers bookmarks with a counter that runs on across documents in one process.
    const numbering = (text = ''): string =>
      text.replace(/_Toc\d+/g, '_Toc').replace(/ w:id="\d+"/g, ' w:id=""')
    expect(numbering(xml)).toBe(numbering(unzipDocx(direct)['word/document.xml']))
  })

  it('makes one person’s pocket programme, in English, on A5', async () => {
    const io = await briefing(
      { 'b.json': sample },
      ...BASE,
      '--lang',
      'en',
      '--variant',
      'pocket',
      '--person',
      delegate.contactId,
      '--page-size',
      'a5',
    )
    expect(io.exitCode).toBe(0)
    const xml = documentXml(io, 'x.docx')
    const contact = tables.contacts.find((c) => c.id === delegate.contactId)
    const h1 = paragraphsOf(xml).filter((p) => p.style === 'Heading1')
    expect(h1.map((p) => p.text)).toEqual([
      translator('en')('doc.pocket.for', { name: fullName(contact!) }),
    ])
    expect(xml).toContain('<w:pgSz w:w="8391" w:h="11906"')
  })

  it('prints only the sections asked for', async () => {
    const io = await briefing({ 'b.json': sample }, ...BASE, '--lang', 'en', '--sections', 'gifts')
    expect(io.exitCode).toBe(0)
    const h1 = paragraphsOf(documentXml(io, 'x.docx')).filter((p) => p.style === 'Heading1')
    expect(h1.map((p) => p.text)).toEqual([translator('en')('doc.section.gifts')])
  })

  it('reads an old backup, converting it to the current schema first', async () => {
    const old = readFileSync(
      new URL('../shared/backup/oldBackups/v1-demo-sample.json', import.meta.url),
      'utf8',
    )
    const io = await briefing({ 'b.json': old }, ...BASE, '--lang', 'en')
    expect(io.err).toEqual([])
    expect(io.exitCode).toBe(0)
    expect(documentXml(io, 'x.docx')).toContain(tokyo.title)
  })

  it('fails on an unknown visit, listing the visits the backup holds', async () => {
    const io = await briefing(
      { 'b.json': sample },
      'b.json',
      '--visit',
      'nope',
      '--lang',
      'en',
      '--out',
      'x.docx',
    )
    expect(io.exitCode).toBe(1)
    expect(io.err[0]).toBe('There is no visit with the id nope in b.json.')
    expect(io.err[1]).toBe(`The backup holds ${tables.visits.length} visits outside the trash:`)
    expect(io.err.filter((line) => line.startsWith(`  ${tokyo.id}  `))).toHaveLength(1)
    expect(io.err.find((line) => line.includes(tokyo.id))).toContain(tokyo.title)
    expect(io.binaries.size).toBe(0)
  })

  it('fails on a visit in the trash, naming it', async () => {
    const trashed = await backupOf((t) => ({
      ...t,
      visits: t.visits.map((v) => (v.id === tokyo.id ? { ...v, deletedAt: now.toISOString() } : v)),
    }))
    const io = await briefing({ 'b.json': trashed }, ...BASE, '--lang', 'de')
    expect(io.exitCode).toBe(1)
    expect(io.err).toEqual([
      `Der Besuch ${tokyo.id} („${tokyo.title}“) liegt im Papierkorb: Stellen Sie ihn in der App wieder her und erstellen Sie zuerst eine neue Sicherung.`,
    ])
  })

  it('fails on an unknown person, one not in the visit and one in the trash, listing who is', async () => {
    const pocket = [...BASE, '--lang', 'en', '--variant', 'pocket', '--person']
    const unknown = await briefing({ 'b.json': sample }, ...pocket, 'nobody')
    expect(unknown.exitCode).toBe(1)
    expect(unknown.err[0]).toBe('There is no contact with the id nobody in b.json.')
    expect(unknown.err[1]).toBe(`The visit has ${tokyoParticipants.size} participants:`)
    expect(unknown.err.filter((line) => line.startsWith(`  ${delegate.contactId}  `))).toHaveLength(
      1,
    )

    const outsider = await briefing({ 'b.json': sample }, ...pocket, stranger.id)
    expect(outsider.exitCode).toBe(1)
    expect(outsider.err[0]).toBe(
      `${fullName(stranger)} (${stranger.id}) is not a participant of “${tokyo.title}”.`,
    )

    const trashed = await backupOf((t) => ({
      ...t,
      contacts: t.contacts.map((c) =>
        c.id === delegate.contactId ? { ...c, deletedAt: now.toISOString() } : c,
      ),
    }))
    const gone = await briefing({ 'b.json': trashed }, ...pocket, delegate.contactId)
    expect(gone.exitCode).toBe(1)
    const officer = tables.contacts.find((c) => c.id === delegate.contactId)
    expect(gone.err[0]).toBe(
      `${fullName(officer!)} (${delegate.contactId}) is in the trash and takes no part in “${tokyo.title}”.`,
    )
    expect(gone.err[1]).toBe(`The visit has ${tokyoParticipants.size - 1} participants:`)
  })

  it('fails on unknown sections, naming them and listing the valid ones, in either language', async () => {
    const en = await briefing(
      { 'b.json': sample },
      ...BASE,
      '--lang',
      'en',
      '--sections',
      'days,agenda',
    )
    expect(en.exitCode).toBe(1)
    expect(en.err).toEqual([
      `Unknown section “agenda”. The sections are: ${BRIEFING_SECTIONS.join(', ')}.`,
    ])
    const de = await briefing({ 'b.json': sample }, ...BASE, '--lang', 'de', '--sections', 'a,b')
    expect(de.err).toEqual([
      `Unbekannte Abschnitte „a“, „b“. Die Abschnitte sind: ${BRIEFING_SECTIONS.join(', ')}.`,
    ])
  })

  it('fails on an invalid backup with the parser’s own problems, as validate lists them', async () => {
    const tampered = sample.replace(tokyo.title, `${tokyo.title}!`)
    const io = await briefing({ 'b.json': tampered }, ...BASE, '--lang', 'en')
    expect(io.exitCode).toBe(1)
    expect(io.err[0]).toBe('b.json is not a valid backup. 1 problem found:')
    expect(io.err[1]).toMatch(/^ {2}The checksum does not match/)
    const validate = fakeIo({ 'b.json': tampered })
    await runCli(['validate', 'b.json'], validate, deps)
    expect(io.err.slice(1)).toEqual(validate.out.slice(1))

    const missing = await briefing({}, ...BASE, '--lang', 'en')
    expect(missing.exitCode).toBe(1)
    expect(missing.err).toEqual(['File not found: b.json'])
  })

  it('refuses to write over the backup and says when the document cannot be written', async () => {
    const same = await briefing(
      { 'b.json': sample },
      'b.json',
      '--visit',
      tokyo.id,
      '--lang',
      'en',
      '--out',
      './b.json',
    )
    expect(same.exitCode).toBe(1)
    expect(same.err[0]).toContain('--out names the backup file itself')
    expect(same.files.get('b.json')).toBe(sample)

    const readOnly = await briefing(
      { 'b.json': sample },
      'b.json',
      '--visit',
      tokyo.id,
      '--lang',
      'en',
      '--out',
      '/readonly/x.docx',
    )
    expect(readOnly.exitCode).toBe(1)
    expect(readOnly.err).toEqual(['Could not write /readonly/x.docx: permission denied.'])
  })

  it('is wrong usage without --out or --visit: exit 2 with the command’s usage', async () => {
    for (const argv of [
      ['b.json', '--visit', tokyo.id, '--lang', 'en'],
      ['b.json', '--lang', 'en', '--out', 'x.docx'],
    ]) {
      const io = await briefing({ 'b.json': sample }, ...argv)
      expect(io.exitCode).toBe(2)
      expect(io.err[0]).toMatch(/^Say (where to write the document|which visit to brief)/)
      expect(io.err.join('\n')).toContain('Usage: planner briefing <backup>')
    }
  })

  it('--help lists every option and every section name', async () => {
    const io = await briefing({}, '--help')
    expect(io.exitCode).toBe(0)
    const help = io.out.join('\n')
    for (const option of [
      '--visit',
      '--lang',
      '--out',
      '--variant',
      '--person',
      '--sections',
      '--classification',
      '--page-size',
    ]) {
      expect(help).toContain(option)
    }
    for (const section of BRIEFING_SECTIONS) expect(help).toContain(section)
    const main = fakeIo()
    await runCli(['--help'], main, deps)
    expect(main.out.join('\n')).toContain('briefing <file> --visit <id>')
  })
})
