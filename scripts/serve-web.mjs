// Serves the built renderer (out/renderer) on 127.0.0.1 so the app can be used in a browser where
// Electron cannot run, and so end-to-end tests drive the real build. Loopback only, never 0.0.0.0.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    root: { type: 'string', default: 'out/renderer' },
    help: { type: 'boolean', default: false },
  },
})
if (values.help) {
  console.log('Usage: node scripts/serve-web.mjs [--port 4173] [--root out/renderer]')
  process.exit(0)
}
const root = resolve(values.root)
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built renderer in ${root}. Run "npm run build" first.`)
  process.exit(1)
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '')
  const file = resolve(root, relative === '' ? 'index.html' : relative)
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end('Forbidden')
    return
  }
  const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html')
  const { size, mtimeMs } = statSync(target)
  const etag = `"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}"`
  // Revalidated on every load, so a rebuild is seen at once; a file that did not change is not
  // sent again and keeps Chromium's compiled code for it (V8's code cache lives with the HTTP
  // cache entry), as the desktop app's app:// scheme keeps it (codeCache in appProtocol.ts).
  const headers = {
    'Cache-Control': 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end()
    return
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
  })
  createReadStream(target).pipe(res)
})

const port = Number(values.port)
server.listen(port, '127.0.0.1', () => {
  console.log(`Delegation Planner (browser preview): http://127.0.0.1:${port}/`)
  console.log("Data lives in this browser profile's IndexedDB. Press Ctrl+C to stop.")
})
