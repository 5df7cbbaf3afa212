import { configDefaults, defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Three projects: pure/Node code, React components in jsdom, and end-to-end in Debian's Chromium.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // The spelling engines run in a Web Worker in the app and in plain Node here (no DOM needed).
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/renderer/spell/**/*.test.ts'],
          testTimeout: 30_000
        }
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'test/renderer/spell/**'],
          setupFiles: ['test/renderer/setup.ts'],
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Web-first: expect.poll retries a read of the page until it matches (the list may still be loading
          // when its heading shows), as Playwright's own waits do.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          // One browser at a time on a 2-core machine.
          fileParallelism: false
        }
      }
    ]
  }
})
