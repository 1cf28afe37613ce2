import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unzipDocx } from '@shared/documents/testFixtures'
import { planner } from './plannerProcess'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

describe('planner on plain Node, end to end', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'planner-cli-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('sample writes the demo backup and validate accepts it', async () => {
    const file = join(dir, 'sample.json')
    const sample = await planner('sample', '--out', file)
    expect(sample.stderr).toBe('')
    expect(sample.code).toBe(0)
    expect(sample.stdout).toContain(`Wrote ${file}:`)
    expect(sample.stdout).toMatch(/partnerCities\s+17 rows\n/)

    const again = await planner('sample', '--out', file)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists')

    const validate = await planner('validate', file)
    expect(validate.code).toBe(0)
    expect(validate.stdout).toContain(`${file} is a valid backup`)
    expect(validate.stdout).toMatch(/settings\s+1 row\n/)
    const version = (
      JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
        version: string
      }
    ).version
    expect(validate.stdout).toContain(`written by version ${version}`)
  }, 60_000)

  it('validate refuses a tampered file with exit 1, naming the checksum', async () => {
    const file = join(dir, 'tampered.json')
    expect((await planner('sample', '--out', file)).code).toBe(0)
    const backup = JSON.parse(await readFile(file, 'utf8')) as {
      payload: { tables: { partnerCities: { notes: string }[] } }
    }
    backup.payload.tables.partnerCities[0]!.notes += '!'
    await writeFile(file, JSON.stringify(backup, null, 2))
    const validate = await planner('validate', file)
    expect(validate.code).toBe(1)
    expect(validate.stdout).toContain('checksum')

    const usage = await planner('validate')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Usage: planner validate <file>')
  }, 60_000)

  it('briefing writes the Tokyo visit’s full book and one delegate’s pocket programme as DOCX', async () => {
    const file = join(dir, 'briefing.json')
    expect((await planner('sample', '--out', file)).code).toBe(0)
    const { tables } = (
      JSON.parse(await readFile(file, 'utf8')) as {
        payload: {
          tables: {
            partnerCities: { id: string; name: { en: string } }[]
            visits: { id: string; cityId: string; title: string }[]
            participants: { visitId: string; contactId: string; side: string }[]
          }
        }
      }
    ).payload
    const city = tables.partnerCities.find((c) => c.name.en === 'Tokyo')
    const visit = tables.visits.find((v) => v.cityId === city?.id)
    const delegate = tables.participants.find(
      (p) => p.visitId === visit?.id && p.side === 'delegation',
    )
    if (!visit || !delegate) throw new Error('the sample has the Tokyo visit and its delegation')

    const documentOf = async (path: string): Promise<string> => {
      const bytes = await readFile(path)
      // A DOCX is a zip (PK) holding its content types and the main document part.
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
      const parts = unzipDocx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
      expect(parts['[Content_Types].xml']).toContain('wordprocessingml.document.main+xml')
      return parts['word/document.xml'] ?? ''
    }

    const full = join(dir, 'tokyo.docx')
    const book = await planner('briefing', file, '--visit', visit.id, '--lang', 'en', '--out', full)
    expect(book.stderr).toBe('')
    expect(book.code).toBe(0)
    expect(book.stdout).toContain(`Wrote ${full}: Briefing book “${visit.title}”`)
    expect(await documentOf(full)).toContain(visit.title)

    const pocket = join(dir, 'tokyo-pocket.docx')
    const own = await planner(
      'briefing',
      file,
      '--visit',
      visit.id,
      '--lang',
      'de',
      '--variant',
      'pocket',
      '--person',
      delegate.contactId,
      '--out',
      pocket,
    )
    expect(own.code).toBe(0)
    expect(own.stdout).toContain(`${pocket} geschrieben: Taschenprogramm`)
    expect(await documentOf(pocket)).toContain(visit.title)

    const unknown = await planner(
      'briefing',
      file,
      '--visit',
      'nope',
      '--lang',
      'en',
      '--out',
      full,
    )
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain(visit.id)
    // Five processes, each starting tsx, on a machine that may be busy.
  }, 120_000)

  it('report writes the strategy report of a demo year as a DOCX, and names a bad --year', async () => {
    const file = join(dir, 'report.json')
    expect((await planner('sample', '--out', file)).code).toBe(0)
    const year = new Date().getUTCFullYear()
    const out = join(dir, 'report.docx')
    const made = await planner('report', file, '--year', String(year), '--lang', 'en', '--out', out)
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toContain(`Wrote the strategy report ${year} to ${out}`)
    const parts = unzipDocx((await readFile(out)).buffer as ArrayBuffer)
    expect(parts['word/document.xml']).toContain(`Strategy report ${year}`)
    expect(Object.keys(parts).filter((n) => n.endsWith('.png')).length).toBeGreaterThan(0)

    const bad = await planner('report', file, '--year', '20x6', '--lang', 'en', '--out', out)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('--year must be a year of four digits')
  }, 60_000)
})
