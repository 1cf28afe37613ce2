import { defineConfig } from 'vitest/config'
import { PATH_ALIASES } from './pathAliases'

export default defineConfig({
  resolve: { alias: PATH_ALIASES },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
    testTimeout: 20_000,
  },
})
