/**
 * The notes editor's text reaches the report store as a draft: a keystroke only tells the store that the notes
 * changed; the document is serialised (getJSON over the whole section) when the store pulls it in — on the autosave
 * debounce, on every flush (blur, hidden window, section switch, Ctrl+S, close, suspend) and on any read of the
 * report. Serialising on every key cost as much as the rest of the editor's work together in a 200-section report.
 */
import { useCallback, useLayoutEffect, useRef } from 'react'
import type { Editor } from '@tiptap/core'
import type { RichDoc } from '../../../../shared/richtext'
import { useReportStore } from '../../state/use-report'
import { useChangeSection } from './use-section'

/** Returns the editor's `onUpdate`: marks the section's notes as changed without serialising them. */
export function useNotesDraft(sectionId: string): (props: { editor: Editor }) => void {
  const store = useReportStore()
  const change = useChangeSection(sectionId)
  // The editor whose document the store does not have yet (null when the store is up to date).
  const pending = useRef<Editor | null>(null)

  const commit = useCallback(() => {
    const editor = pending.current
    if (!editor) return
    pending.current = null
    const notes = editor.getJSON() as RichDoc
    change((section) => ({ ...section, notes }))
  }, [change])

  // A layout effect, so that on unmount (section switch, closing the report) the text is committed before the
  // report view's own cleanup flushes the save, and while the editor is still alive (TipTap destroys it later).
  useLayoutEffect(() => {
    const remove = store.addDraft(commit)
    return () => {
      commit()
      remove()
    }
  }, [store, commit])

  return useCallback(
    ({ editor }: { editor: Editor }) => {
      pending.current = editor
      store.draftChanged()
    },
    [store]
  )
}
