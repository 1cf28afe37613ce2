// Renders resources/icon.svg into the app icon files packaging needs, with Debian's Chromium:
//   resources/icons/<n>x<n>.png for n in SIZES (Linux wants the set, Windows and macOS pick)
//   resources/icon.png (512 px: the window icon on Linux), resources/icon.ico, resources/icon.icns
// Run by hand after changing the SVG (`node scripts/make-icons.mjs`), then commit the results;
// npm test only checks them (src/main/appIcon.test.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { encodeIcns, encodeIco, ICNS_TYPES, pngSize } from './iconContainers.mjs'

export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
const ICNS_SIZES = Object.keys(ICNS_TYPES).map(Number)

const root = join(import.meta.dirname, '..')
const resources = join(root, 'resources')
const svg = await readFile(join(resources, 'icon.svg'), 'utf8')

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
})
/** @type {Map<number, Uint8Array>} */
const pngs = new Map()
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size })
    // The SVG is scaled by the browser itself, so every size is drawn from the vector, not
    // downsampled from a large bitmap.
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" ` +
        `width="${size}" height="${size}" style="display:block"></body></html>`,
    )
    await page.locator('img').evaluate((img) => img.decode())
    const png = new Uint8Array(
      await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      }),
    )
    const actual = pngSize(png)
    if (actual.width !== size || actual.height !== size) {
      throw new Error(`rendered ${actual.width}x${actual.height} for ${size} px`)
    }
    pngs.set(size, png)
  }
} finally {
  await browser.close()
}

/** @param {number} size */
const png = (size) => {
  const image = pngs.get(size)
  if (!image) throw new Error(`no ${size} px render`)
  return image
}

await mkdir(join(resources, 'icons'), { recursive: true })
for (const size of SIZES)
  await writeFile(join(resources, 'icons', `${size}x${size}.png`), png(size))
await writeFile(join(resources, 'icon.png'), png(512))
await writeFile(join(resources, 'icon.ico'), encodeIco(ICO_SIZES.map(png)))
await writeFile(join(resources, 'icon.icns'), encodeIcns(ICNS_SIZES.map(png)))
console.log(`icons written to ${resources}: ${SIZES.join(', ')} px, icon.ico, icon.icns`)
