/** The switches every browser scenario starts Chromium with: no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** How the browser scenarios run Chromium, for the notes in results.json. */
export const BROWSER_SETUP = `Debian /usr/bin/chromium headless, ${CHROMIUM_ARGS.join(' ')}, 1280×800, de-DE, persistent profile on disk`
