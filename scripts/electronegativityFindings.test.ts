import { describe, expect, it } from 'vitest'
import { ACCEPTED_FINDINGS, compareFindings } from './electronegativityFindings'

describe('compareFindings', () => {
  it('accepts the listed findings wherever they move in their file', () => {
    const findings = ACCEPTED_FINDINGS.map((a, i) => ({ id: a.id, file: a.file, line: i + 100 }))
    expect(compareFindings(findings)).toEqual({ unaccepted: [], stale: [] })
  })

  it('reports a new finding, and the same check in another file', () => {
    const accepted = [{ id: 'SANDBOX_JS_CHECK', file: 'main/window.ts', reason: 'r' }]
    const findings = [
      { id: 'SANDBOX_JS_CHECK', file: 'main\\window.ts', line: 1 },
      { id: 'SANDBOX_JS_CHECK', file: 'main/other.ts', line: 2 },
      { id: 'NODE_INTEGRATION_JS_CHECK', file: 'main/window.ts', line: 3 },
    ]
    expect(compareFindings(findings, accepted).unaccepted).toEqual(findings.slice(1))
  })

  it('reports an accepted finding that no longer occurs', () => {
    const accepted = [{ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/security.ts', reason: 'r' }]
    expect(compareFindings([], accepted)).toEqual({ unaccepted: [], stale: accepted })
  })
})
