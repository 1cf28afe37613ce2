import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { judged } from '../benchResults'
import type { ScenarioModule } from './scenario'

const RENDERER = 'out/renderer'

/** The entry chunk index.html loads, and the chunks it imports statically (not lazy ones). */
export async function firstLoad(dir: string): Promise<{ entry: string; files: string[] }> {
  const html = await readFile(resolve(dir, 'index.html'), 'utf8')
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1]
  if (!src) throw new Error(`${dir}/index.html loads no module script`)
  const entry = resolve(dir, src)
  const seen = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    const code = await readFile(file, 'utf8')
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), m[1] ?? ''))
  }
  return { entry, files: [...seen] }
}

/** B7's size half: the minified main chunk of a fresh production build. */
export const bundleScenario: ScenarioModule = {
  ids: ['B7-chunk'],
  usesRenderer: true,
  async run({ build }) {
    const { entry, files } = await firstLoad(RENDERER)
    const entryBytes = (await stat(entry)).size
    const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size))
    const all = sizes.reduce((a, b) => a + b, 0)
    const kb = (n: number): string => `${Math.round(n / 1024)} KB`
    return [
      judged(
        {
          id: 'B7-chunk',
          name: 'main chunk (unminified, upper bound)',
          unit: 'KB',
          target: 1024,
          targetRule: 'under',
        },
        {
          value: entryBytes / 1024,
          runs: 1,
          note:
            `${entry.split('/').pop() ?? ''} of ${build ? 'a fresh' : 'the existing'} build, ` +
            `unminified (electron-vite leaves the renderer unminified), so an upper bound; ` +
            `with its ${files.length - 1} static imports ${kb(all)}`,
        },
      ),
    ]
  },
}
