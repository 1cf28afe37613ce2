import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BriefingData } from '../documents/briefingData'
import { buildCalendar } from './buildCalendar'
import { expectedInstants, hardCasesData, tokyoData } from './testCalendars'

/**
 * The second reader: Debian's python3-icalendar (scripts/check-system-deps.mjs installs it), run
 * on the written file by scripts/ics-check.py. Debian's interpreter first: a python3 earlier on
 * the PATH (pyenv, a virtualenv) does not see Debian's packages.
 */
const SCRIPT = resolve(import.meta.dirname, '../../../scripts/ics-check.py')
const PYTHONS = ['/usr/bin/python3', 'python3']

function pythonWithIcalendar(): string | null {
  for (const python of PYTHONS) {
    if (python.startsWith('/') && !existsSync(python)) continue
    const probe = spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' })
    if (probe.status === 0) return python
  }
  return null
}

const python = pythonWithIcalendar()
const inCi = process.env.CI === 'true'

type Checked = {
  zones: string[]
  events: {
    uid: string
    summary: string
    start: string
    end: string
    startViaFile: string
    endViaFile: string
  }[]
}

const dir = mkdtempSync(join(tmpdir(), 'ics-python-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function readWithPython(name: string, text: string): Checked {
  const file = join(dir, `${name}.ics`)
  writeFileSync(file, text)
  const run = spawnSync(python ?? 'python3', [SCRIPT, file], { encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as Checked
}

const iso = (instant: string): string => instant.replace('.000Z', 'Z')

function expectSameInstants(data: BriefingData, checked: Checked): void {
  const expected = expectedInstants(data)
  for (const event of checked.events) {
    const want = expected.get(event.uid)
    expect(want, event.uid).toBeDefined()
    const start = iso(want?.start ?? '')
    const end = iso(want?.end ?? '')
    expect(event, event.summary).toMatchObject({ start, end, startViaFile: start, endViaFile: end })
  }
}

if (!python && !inCi) {
  console.warn(
    'Skipping the python3-icalendar check: Debian’s python3-icalendar is not installed ' +
      '(apt-get install -y python3-icalendar, or run node scripts/check-system-deps.mjs).',
  )
}

describe('buildCalendar read back with python3-icalendar', () => {
  it.runIf(inCi)('has python3-icalendar under CI, which installs it', () => {
    expect(python, 'python3-icalendar must be installed in CI').not.toBeNull()
  })

  describe.runIf(python !== null)('instants', () => {
    it('reads the demo Tokyo trip and one person’s itinerary at the builder’s instants', () => {
      const data = tokyoData()
      const whole = readWithPython('tokyo', buildCalendar(data, { lang: 'de' }))
      expect(whole.events).toHaveLength(data.agendaItems.length)
      expect(whole.zones).toEqual(['Asia/Tokyo'])
      expectSameInstants(data, whole)

      const head = data.participants[0]
      const mine = readWithPython(
        'tokyo-person',
        buildCalendar(data, { lang: 'en', personId: head?.contact.id }),
      )
      expect(mine.zones).toEqual(['Asia/Tokyo', 'Europe/Berlin'])
      expect(mine.events.some((e) => e.summary.startsWith('Flight'))).toBe(true)
      expectSameInstants(data, mine)
    })

    it('reads clock-change nights, the repeated hour and an item across midnight alike', () => {
      const data = hardCasesData()
      const checked = readWithPython('hard', buildCalendar(data, { lang: 'en' }))
      expect(checked.zones).toEqual(['America/Los_Angeles', 'Asia/Tokyo', 'Europe/Berlin'])
      expect(checked.events).toHaveLength(data.agendaItems.length)
      expectSameInstants(data, checked)
      expect(checked.events.map((e) => e.summary)).toContain(
        '除夜の鐘 — Silvester am Zōjō-ji / Новогодний приём',
      )
    })

    it('notices a wrong VTIMEZONE: the check reads the file’s own zone definitions', () => {
      const text = buildCalendar(tokyoData(), { lang: 'de' }).replaceAll(
        'TZOFFSETTO:+0900',
        'TZOFFSETTO:+0800',
      )
      const [event] = readWithPython('tampered', text).events
      expect(event).toBeDefined()
      const shifted = Date.parse(event?.startViaFile ?? '') - Date.parse(event?.start ?? '')
      expect(shifted).toBe(3_600_000)
    })
  })
})
