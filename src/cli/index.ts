import { createNodeIo, readAppVersion } from './io'
import { runCli } from './run'
import { buildSampleTables } from './sampleData'

// `planner validate x | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

const io = createNodeIo(readAppVersion(new URL('../../package.json', import.meta.url)))
void runCli(process.argv.slice(2), io, { buildSampleTables }).then((code) => {
  process.exitCode = code
})
