// The test suite drives Debian's Chromium, converts generated DOCX with LibreOffice and poppler,
// and reads exported calendars back with Debian's python3-icalendar.
// This first step of `npm test` finds them, installs what is missing where it can (root on
// Debian/Ubuntu), and otherwise stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const TOOLS = [
  { command: 'chromium', packages: ['chromium'], recommends: true },
  { command: 'soffice', packages: ['libreoffice-writer-nogui'], recommends: false },
  { command: 'pdftotext', packages: ['poppler-utils'], recommends: false },
  { command: 'pdfinfo', packages: ['poppler-utils'], recommends: false },
  // Native-script names (Japanese, Chinese) need a font, or pages and PDFs show empty boxes.
  { command: 'fc-list', packages: ['fontconfig'], recommends: false },
]
const CJK_FONT_PACKAGE = 'fonts-noto-cjk'
// A second .ics reader for the calendar tests; Debian's interpreter, which sees Debian's packages.
const ICALENDAR_PACKAGE = 'python3-icalendar'

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

function hasCjkFont() {
  if (!which('fc-list')) return false
  const out = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' })
  return out.status === 0 && out.stdout.trim().length > 0
}

function hasPythonIcalendar() {
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
  return spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' }).status === 0
}

function installCommand(packages, recommends) {
  const flags = recommends ? '-y' : '-y --no-install-recommends'
  return `apt-get install ${flags} ${packages.join(' ')}`
}

const missing = TOOLS.filter((tool) => !which(tool.command))
const needFont = !hasCjkFont()
const needIcalendar = !hasPythonIcalendar()
if (missing.length === 0 && !needFont && !needIcalendar) {
  console.log(
    'system tools: chromium, soffice, pdftotext, pdfinfo, a CJK font and python3-icalendar are present',
  )
  process.exit(0)
}

const groups = [
  {
    packages: [...new Set(missing.filter((t) => t.recommends).flatMap((t) => t.packages))],
    recommends: true,
  },
  {
    packages: [
      ...new Set([
        ...missing.filter((t) => !t.recommends).flatMap((t) => t.packages),
        ...(needFont ? [CJK_FONT_PACKAGE] : []),
        ...(needIcalendar ? [ICALENDAR_PACKAGE] : []),
      ]),
    ],
    recommends: false,
  },
].filter((g) => g.packages.length > 0)

const names = [
  ...missing.map((t) => t.command),
  ...(needFont ? ['a CJK font'] : []),
  ...(needIcalendar ? [ICALENDAR_PACKAGE] : []),
].join(', ')
const commands = groups.map((g) => installCommand(g.packages, g.recommends))
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')

if (!isRoot || !hasApt) {
  console.error(`Missing: ${names}.`)
  console.error('Install them, then run npm test again:')
  console.error(`  sudo apt-get update && ${commands.map((c) => `sudo ${c}`).join(' && ')}`)
  process.exit(1)
}

console.log(`Missing: ${names}. Installing with apt-get (this takes a few minutes once):`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
try {
  console.log('  apt-get update')
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env })
  for (const command of commands) {
    console.log(`  ${command}`)
    execFileSync('sh', ['-c', `${command} -q`], { stdio: ['ignore', 'ignore', 'inherit'], env })
  }
} catch (error) {
  console.error(`Installing failed (${error.message}). Run by hand:`)
  console.error(`  apt-get update && ${commands.join(' && ')}`)
  process.exit(1)
}
const stillMissing = TOOLS.filter((tool) => !which(tool.command)).map((t) => t.command)
if (needIcalendar && !hasPythonIcalendar()) stillMissing.push(ICALENDAR_PACKAGE)
if (stillMissing.length > 0) {
  console.error(`Still missing after apt-get: ${stillMissing.join(', ')}`)
  process.exit(1)
}
console.log('system tools installed')
