import '@testing-library/jest-dom/vitest'
import './support/jsdom-layout'
// Before any test file imports the renderer: api.ts reads window.api once, when it is first imported.
import { contractViolations, resetFakeApi } from './support/fake-api'
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { initI18n, loadAllLanguages } from '../../src/renderer/src/i18n'

// Component tests render the views they need; the background preload of the report's chunk (tested in Chromium,
// test/e2e/code-splitting.test.ts) would only go on loading modules after a test file's environment is gone.
vi.mock('../../src/renderer/src/lazy-views', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/renderer/src/lazy-views')>()),
  preloadViews: () => () => undefined
}))

// How long find*/waitFor retry before failing. Not for dialogs (they are found at once, see jsdom-layout.ts): the
// suite runs on a shared 2-core machine beside other test runs, and at a load of 10 a debounced search plus a
// Fluent re-render took longer than Testing Library's default 1 s (the library search test failed at 1 s, passed
// at this). A longer limit costs nothing when the screen is right; it only keeps a busy machine from failing it.
configure({ asyncUtilTimeout: 8000 })

beforeAll(async () => {
  await initI18n('fi')
  // Views are rendered here without the lazy loaders that fetch the other languages' words in the app.
  await loadAllLanguages()
})
beforeEach(() => resetFakeApi())
afterEach(() => {
  cleanup()
  // A handler that answered what main never could makes the test wrong, whatever it asserted.
  expect(contractViolations).toEqual([])
})
