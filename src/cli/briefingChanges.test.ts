import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { briefingSnapshot } from '@shared/documents/briefingChanges'
import { loadBriefingData } from '@shared/documents/briefingData'
import { paragraphsOf, unzipDocx } from '@shared/documents/testFixtures'
import { translator } from '@shared/i18n'
import type { BriefingSnapshot } from '@shared/model/briefingSnapshot'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'
import { fakeIo } from './testIo'

const now = new Date('2026-02-01T12:00:00.000Z')
const tables = buildSampleTables(now)
const tokyo = tables.visits.find(
  (v) => v.cityId === tables.partnerCities.find((c) => c.name.en === 'Tokyo')?.id,
)
if (!tokyo) throw new Error('the demo has a visit to Tokyo')
const current = briefingSnapshot(loadBriefingData(tables, tokyo.id, now))

/** The backup as the app would export it after one saved full book, which knew one item more. */
async function backupWithSnapshot(): Promise<string> {
  const at = '2026-01-30T09:00:00.000Z'
  const [first] = current.items
  if (!first) throw new Error('the Tokyo visit has a programme')
  const row: BriefingSnapshot = {
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    visitId: tokyo?.id ?? '',
    variant: 'full',
    snapshot: {
      ...current,
      asOf: at,
      items: [...current.items, { ...first, id: crypto.randomUUID(), title: 'Entfallener Termin' }],
    },
  }
  const file = await createBackup({ ...tables, briefingSnapshots: [row] }, { appVersion: '1', now })
  return serializeBackup(file)
}

async function texts(backup: string): Promise<string[]> {
  const io = fakeIo({ 'b.json': backup })
  io.now = () => now
  const argv = ['briefing', 'b.json', '--visit', tokyo?.id ?? '', '--lang', 'de', '--out', 'x.docx']
  expect(await runCli(argv, io, { buildSampleTables })).toBe(0)
  const bytes = io.binaries.get('x.docx')
  if (!bytes) throw new Error('no document written')
  return paragraphsOf(unzipDocx(bytes.slice().buffer)['word/document.xml'] ?? '').map((p) => p.text)
}

describe('planner briefing and the briefings generated before', () => {
  const t = translator('de')

  it('lists what changed since the latest full book in the backup', async () => {
    const all = await texts(await backupWithSnapshot())
    expect(all).toContain(t('doc.changes.title'))
    expect(all).toContain(t('doc.changes.removedItems', { count: 1 }))
    expect(all).toContain('Entfallener Termin')
  })

  it('has no such page when the backup holds no earlier briefing', async () => {
    const file = await createBackup(tables, { appVersion: '1', now })
    expect(await texts(serializeBackup(file))).not.toContain(t('doc.changes.title'))
  })
})
