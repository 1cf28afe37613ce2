import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export interface RunningServer {
  url: string
  stop(): Promise<void>
}

/**
 * Serves the built renderer with the project's own static server (scripts/serve-web.mjs) and
 * waits until it answers. Fails if the port is taken, rather than measuring someone else's build.
 */
export async function startServer(port: number, root = 'out/renderer'): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${root}/index.html is missing: build first (npm run bench without --no-build).`,
    )
  }
  if (await answers(url)) throw new Error(`Port ${port} is already in use; stop what runs there.`)
  const child = spawn(
    process.execPath,
    ['scripts/serve-web.mjs', '--port', String(port), '--root', root],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const deadline = Date.now() + 15_000
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill()
      throw new Error(`The web server did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, stop: () => stopChild(child) }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url)
    return response.ok
  } catch {
    return false
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill()
  })
}
