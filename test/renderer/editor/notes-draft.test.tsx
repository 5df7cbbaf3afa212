/**
 * The notes reach the store as a draft (use-notes-draft.ts): typing does not serialise the document per key, and
 * every flush — Ctrl+S, the menu's Save, leaving the window, hiding it, closing, suspend, moving to another section,
 * leaving the report — saves every key typed just before it, before the autosave wait has passed.
 */
import { callsOf, emit, handlers, resetFakeApi } from '../support/fake-api'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ReportView } from '../../../src/renderer/src/features/report/ReportView'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import type { View } from '../../../src/renderer/src/state/navigation'
import { docFromText, plainText } from '../../../src/shared/richtext'
import type { Report } from '../../../src/shared/model'
import { makeReport } from '../support/render'
import { makeSection } from './sections'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { ReportStore } from '../../../src/renderer/src/state/report-store'
import { ReportStoreContext } from '../../../src/renderer/src/state/use-report'

const TYPED = ' ja päätös tehdään syksyllä'
let saved: Report[] = []
/** Text as a reader sees it: the editor's DOM and the stored document differ only in spacing at the ends. */
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

beforeEach(() => {
  resetFakeApi()
  saved = []
  const report = makeReport({
    sections: [
      makeSection('s1', 'Tekoäly', { notes: docFromText('Eettiset periaatteet') }),
      makeSection('s2', 'Tiedonhallinta')
    ]
  })
  handlers['reports.get'] = () => ({ report, readOnly: false })
  handlers['reports.save'] = ({ report: next }) => {
    saved.push(next)
    return { revision: next.revision + 1, updatedAt: '2027-01-14T10:00:00.000Z' }
  }
  handlers['app.readyToClose'] = () => null
})

function ReportAt({ view }: { view: View }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <NavigationContext.Provider value={vi.fn()}>
        <NoticeProvider>
          {view.name === 'report' ? <ReportView view={view} /> : <p>Kirjasto</p>}
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
}

const reportView: View = { name: 'report', reportId: 'r1', tab: 'sections', sectionId: 's1' }

/** Opens the report, types at the end of the first section's notes, and returns the editor. */
async function typeIntoNotes() {
  const result = render(<ReportAt view={reportView} />)
  const editor = await screen.findByRole('textbox', { name: 'Muistiinpanot' })
  const user = userEvent.setup()
  await user.click(editor)
  await user.keyboard(TYPED)
  const shown = words(editor.textContent)
  expect(shown).toContain(TYPED.trim())
  expect(shown).toContain('Eettiset periaatteet')
  return { ...result, editor, shown }
}

const lastSavedNotes = () => words(plainText(saved.at(-1)?.sections.find((s) => s.id === 's1')?.notes))

describe('notes typed just before a flush', () => {
  it.each<[string, () => void]>([
    ['Ctrl+S', () => fireEvent.keyDown(window, { key: 's', ctrlKey: true })],
    ['the menu’s Save', () => emit('menu:command', 'save')],
    ['the window losing focus', () => fireEvent.blur(window)],
    [
      'the window being hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
        fireEvent(document, new Event('visibilitychange'))
      }
    ],
    ['closing the app or suspending (app:flush)', () => emit('app:flush')]
  ])('are all saved on %s', async (_name, flush) => {
    const { shown } = await typeIntoNotes()
    act(() => flush())
    // At once, not after the autosave wait (500 ms): the flush itself sent every key to the disk.
    expect(lastSavedNotes()).toBe(shown)
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  it('are saved before the close handshake is answered, with nothing left unsaved', async () => {
    let savedAtAnswer = ''
    handlers['app.readyToClose'] = () => {
      savedAtAnswer = lastSavedNotes()
      return null
    }
    const { shown } = await typeIntoNotes()
    act(() => emit('app:flush'))
    await waitFor(() => expect(callsOf('app.readyToClose')).toEqual([{}]))
    expect(savedAtAnswer).toBe(shown)
  })

  it('are saved when the user moves to another section', async () => {
    const { shown } = await typeIntoNotes()
    fireEvent.click(screen.getByRole('button', { name: /Tiedonhallinta/ }))
    expect(lastSavedNotes()).toBe(shown)
  })

  it('are saved when the report is closed', async () => {
    const { rerender, shown } = await typeIntoNotes()
    rerender(<ReportAt view={{ name: 'library' }} />)
    expect(lastSavedNotes()).toBe(shown)
  })

  it('are saved by the autosave once the user stops typing', async () => {
    const { shown } = await typeIntoNotes()
    await waitFor(() => expect(lastSavedNotes()).toBe(shown), { timeout: 3000 })
  })
})

describe('typing in the notes', () => {
  it('does not re-run the report’s subscribers on every key', async () => {
    // An autosave wait longer than the test: only typing can notify the subscriber.
    const store = new ReportStore(
      makeReport({ sections: [makeSection('s1', 'Tekoäly', { notes: docFromText('Eettiset') })] }),
      async (input) => ({
        ok: true,
        value: { revision: input.baseRevision + 1, updatedAt: '2027-01-14T10:00:00Z' }
      }),
      false,
      600_000
    )
    render(
      <FluentProvider theme={webLightTheme}>
        <ReportStoreContext.Provider value={store}>
          <SectionsTab sectionId="s1" selectTab={vi.fn()} />
        </ReportStoreContext.Provider>
      </FluentProvider>
    )
    const editor = screen.getByRole('textbox', { name: 'Muistiinpanot' })
    const user = userEvent.setup()
    await user.click(editor)
    await act(() => store.flush())
    let notified = 0
    const off = store.subscribe(() => (notified += 1))
    await user.keyboard('periaatteet ovat lausuntokierroksella ')
    off()
    // One notice that the report has unsaved changes, not one per key (each of which re-ran every selector).
    expect(notified).toBeLessThanOrEqual(1)
    // …and whoever reads the report still gets every key.
    expect(words(plainText(store.getReport().sections[0]?.notes))).toBe(words(editor.textContent))
    store.dispose()
    expect(editor).toHaveTextContent('periaatteet ovat lausuntokierroksella')
  })
})
