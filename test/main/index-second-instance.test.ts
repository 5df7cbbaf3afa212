import { expect, it, vi } from 'vitest'

vi.mock('electron', async () => {
  const mock = (await import('../support/electron-mock')).createElectronMock()
  mock.app.requestSingleInstanceLock.mockReturnValue(false)
  return mock
})
const createServices = vi.fn()
vi.mock('../../src/main/services', () => ({ createServices }))

it('a second launch leaves at once without touching the data folder', async () => {
  const electron = await import('electron')
  await import('../../src/main/index')
  expect(electron.app.quit).toHaveBeenCalled()
  expect(createServices).not.toHaveBeenCalled()
  expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0)
})
