import { resolve } from 'node:path'

/**
 * The import aliases of tsconfig.base.json `paths`, for the bundler and the test runner, which do
 * not read tsconfig. Keep both lists the same.
 */
export const PATH_ALIASES: Record<string, string> = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
}
