import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { PATH_ALIASES } from './pathAliases'

/**
 * Development only: React Fast Refresh injects an inline module script and Vite's HMR talks over a
 * websocket, both of which the production CSP forbids. The built app keeps the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
  }
}

/** The app's own TypeScript modules (not CSS, not node_modules), for the renderer's tree shaking. */
const OWN_SCRIPT = /[\\/]src[\\/](renderer[\\/]src|shared)[\\/][^?]*\.tsx?$/
const isOwnScript = (id: string): boolean => OWN_SCRIPT.test(id) && !id.includes('node_modules')

export default defineConfig({
  main: {
    resolve: { alias: PATH_ALIASES },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: PATH_ALIASES },
    build: {
      // A sandboxed preload can require only `electron`: zod (the event payload checks) must be
      // bundled into it rather than loaded from node_modules.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules, so the preload ships as CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs so the built renderer loads from file:// and from any static server.
    base: './',
    resolve: { alias: PATH_ALIASES },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        // Our modules do nothing on import but define things (makeStyles, components, schemas).
        // Saying so lets a barrel such as components/index.ts bring only what a chunk uses: the
        // shell would otherwise load every form and list component of the lazily loaded screens.
        // A module added only for its import-time effect must be imported from main.tsx.
        treeshake: { moduleSideEffects: (id: string) => !isOwnScript(id) },
      },
    },
    plugins: [react(), relaxCspForDevServer()],
  },
})
