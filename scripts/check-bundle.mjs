// Checks the built renderer's first load: the entry chunk that index.html loads, with every chunk
// it imports statically, must not hold the docx library (it belongs in the document worker) or the
// demo data set (loaded on demand). Prints the sizes; `npm test` runs it right after the build.
//
//   node scripts/check-bundle.mjs [renderer folder, default out/renderer]
//
// Before checking the build it checks itself on planted files, so a marker that no longer matches
// anything (a renamed demo contact, a new docx version) fails loudly instead of passing silently.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Strings only the docx library holds: the part names and namespace of a Word document. */
const DOCX_MARKERS = ['word/document.xml', 'docProps/core.xml', 'wordprocessingml/2006/main']

/** The demo contacts' names in their own script and their biographies: nothing else has them. */
function demoMarkers() {
  const folder = join(root, 'src/shared/demo')
  const markers = []
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue
    const text = readFileSync(join(folder, name), 'utf8')
    // Five characters at least: shorter names ("森 武") could occur in other code by chance.
    for (const match of text.matchAll(/(?:nativeName|biography):\s*'([^'\\]{5,})'/g)) {
      markers.push(match[1])
    }
  }
  return markers
}

function docxMarkersPresentInDocx() {
  const library = readFileSync(join(root, 'node_modules/docx/dist/index.mjs'), 'utf8')
  return DOCX_MARKERS.filter((marker) => !library.includes(marker))
}

/** The entry chunk index.html loads, and every chunk reached from it by static imports. */
function firstLoadChunks(rendererDir) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1]
  if (!entry) throw new Error(`${rendererDir}/index.html loads no module script`)
  const entryPath = resolve(rendererDir, entry)
  const seen = new Set()
  const pending = [entryPath]
  while (pending.length > 0) {
    const file = pending.pop()
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    // `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`: lazy chunks are fine.
    for (const match of code.matchAll(
      /\bimport\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g,
    )) {
      pending.push(resolve(dirname(file), match[1]))
    }
  }
  return { entryPath, chunks: [...seen] }
}

/** What the first load holds that it must not: one line per finding. */
function findProblems(rendererDir, markers) {
  const { entryPath, chunks } = firstLoadChunks(rendererDir)
  const problems = []
  for (const file of chunks) {
    const code = readFileSync(file, 'utf8')
    const docx = DOCX_MARKERS.find((marker) => code.includes(marker))
    if (docx) problems.push(`${file} holds the docx library ("${docx}")`)
    const demo = markers.find((marker) => code.includes(marker))
    if (demo) problems.push(`${file} holds the demo data set ("${demo.slice(0, 40)}")`)
  }
  return { entryPath, chunks, problems }
}

function kB(bytes) {
  return `${(bytes / 1000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kB`
}

/** Plants a build whose entry imports a chunk with docx and demo text; both must be found. */
function selfTest(markers) {
  const dir = mkdtempSync(join(tmpdir(), 'check-bundle-'))
  try {
    mkdirSync(join(dir, 'assets'))
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/entry.js"></script>',
    )
    writeFileSync(
      join(dir, 'assets/entry.js'),
      'import{a as b}from"./vendor.js";import("./lazy.js")',
    )
    writeFileSync(join(dir, 'assets/vendor.js'), `const p="${DOCX_MARKERS[0]}",n="${markers[0]}"`)
    writeFileSync(join(dir, 'assets/lazy.js'), `const ok="${DOCX_MARKERS[1]}"`)
    const { problems, chunks } = findProblems(dir, markers)
    const wanted = ['holds the docx library', 'holds the demo data set']
    const missed = wanted.filter((text) => !problems.some((problem) => problem.includes(text)))
    if (missed.length > 0 || chunks.length !== 2 || problems.some((p) => p.includes('lazy.js'))) {
      throw new Error(
        `self-test failed on a planted build: ${JSON.stringify({ problems, chunks })}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const rendererDir = resolve(process.argv[2] ?? join(root, 'out/renderer'))
const markers = demoMarkers()
const staleDocx = docxMarkersPresentInDocx()
if (markers.length < 5 || staleDocx.length > 0) {
  console.error(
    `check-bundle: its markers are out of date (demo markers found: ${markers.length}; ` +
      `docx markers no longer in docx: ${staleDocx.join(', ') || 'none'}).`,
  )
  process.exit(1)
}
selfTest(markers)

const { entryPath, chunks, problems } = findProblems(rendererDir, markers)
const entry = readFileSync(entryPath)
const all = chunks.map((file) => readFileSync(file))
const total = all.reduce((sum, code) => sum + code.length, 0)
const totalGzip = all.reduce((sum, code) => sum + gzipSync(code).length, 0)
console.log(
  `First load: entry chunk ${entryPath.slice(rendererDir.length + 1)} ${kB(entry.length)} ` +
    `(gzip ${kB(gzipSync(entry).length)}); with its static imports ${chunks.length} ` +
    `file(s), ${kB(total)} (gzip ${kB(totalGzip)}).`,
)
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-bundle: ${problem}`)
  console.error('check-bundle: load these lazily (dynamic import) or in the document worker.')
  process.exit(1)
}
console.log(
  `check-bundle: no docx and no demo data in the first load (${markers.length} demo markers).`,
)
