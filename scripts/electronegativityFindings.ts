/**
 * Electronegativity's findings that SECURITY.md accepts, each with its reason there. A finding is
 * accepted by check and file, not line, so moving code keeps it accepted; a new finding, or one in
 * another file, fails `npm test` (scripts/check-electronegativity.ts).
 */
export type Finding = { id: string; file: string; line: number }
export type AcceptedFinding = { id: string; file: string; reason: string }

export const ACCEPTED_FINDINGS: readonly AcceptedFinding[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    reason: "style-src 'unsafe-inline': Fluent UI (Griffel) injects its styles at run time",
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security.ts',
    reason: 'only http(s) links that pass urlPolicy.ts go to the system browser (tested)',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'main/window.ts',
    reason: 'every new window is denied by setWindowOpenHandler (security.ts, tested)',
  },
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/window.ts',
    reason: 'set in secureWebPreferences(), which the scanner cannot follow (window.test.ts)',
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/window.ts',
    reason: 'set in secureWebPreferences() and app.enableSandbox() (window.test.ts)',
  },
]

const key = (f: { id: string; file: string }): string => `${f.id} ${f.file.replaceAll('\\', '/')}`

/** Findings nobody accepted, and accepted ones the scan no longer reports (to drop from the list). */
export function compareFindings(
  findings: readonly Finding[],
  accepted: readonly AcceptedFinding[] = ACCEPTED_FINDINGS,
): { unaccepted: Finding[]; stale: AcceptedFinding[] } {
  const acceptedKeys = new Set(accepted.map(key))
  const foundKeys = new Set(findings.map(key))
  return {
    unaccepted: findings.filter((finding) => !acceptedKeys.has(key(finding))),
    stale: accepted.filter((entry) => !foundKeys.has(key(entry))),
  }
}
