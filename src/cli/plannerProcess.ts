import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export type PlannerRun = { code: number; stdout: string; stderr: string }

/**
 * The real tool in a real process, as `npm run planner` starts it, for the end-to-end tests.
 * The locale is cleared so the tool's default language (English) is what they see.
 */
export function planner(...args: string[]): Promise<PlannerRun> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/index.ts', ...args],
      { cwd: repoRoot, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}
