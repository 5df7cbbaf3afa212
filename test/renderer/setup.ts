import '@testing-library/jest-dom/vitest'
import './support/jsdom-layout'
import { afterEach, beforeAll } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { initI18n } from '../../src/renderer/src/i18n'

// Fluent's dialogs and menus open through a motion; on a loaded 2-core machine that can outlast the default 1 s
// wait. Waiting longer is not slower when things are quick; it only keeps a busy machine from failing a correct screen.
configure({ asyncUtilTimeout: 8000 })

beforeAll(async () => {
  await initI18n('fi')
})
afterEach(() => cleanup())
