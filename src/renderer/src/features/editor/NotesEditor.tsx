/**
 * The notes of the selected section in TipTap. Only one is ever mounted (the selected section's); it is memoised
 * and does not re-render per transaction, and it reads the notes once at mount: the editor owns them while open and
 * hands them to the store as a draft (use-notes-draft.ts: serialised on the autosave debounce and on every flush).
 */
import { memo, useCallback, useState } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { cleanPastedHtml } from './paste/clean-pasted-html'
import { useReportStore } from '../../state/use-report'
import { notesExtensions } from './notes-extensions'
import { NotesToolbar } from './NotesToolbar'
import { LinkDialog } from './LinkDialog'
import { useNotesDraft } from './use-notes-draft'
import './list-markers.css'
import { SpellCheck } from './spell/SpellCheck'
import { useNotesImages } from './images/use-notes-images'

export interface NotesEditorProps {
  sectionId: string
  readOnly: boolean
}

export const NotesEditor = memo(function NotesEditor({ sectionId, readOnly }: NotesEditorProps) {
  const { t } = useTranslation('editor')
  const store = useReportStore()
  const onUpdate = useNotesDraft(sectionId)
  const [linkOpen, setLinkOpen] = useState(false)
  const editor = useEditor(
    {
      extensions: notesExtensions,
      content: store.getReport().sections.find((s) => s.id === sectionId)?.notes ?? null,
      editable: !readOnly,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'notes-content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': 'notes-label',
          'data-testid': 'notes-editor'
        },
        transformPastedHTML: cleanPastedHtml,
        handleKeyDown: (_view, event) => {
          if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') {
            event.preventDefault()
            setLinkOpen(true)
            return true
          }
          return false
        }
      },
      onUpdate,
      onBlur: () => void store.flush()
    },
    [sectionId]
  )
  const imageDialog = useNotesImages(editor)
  const closeLink = useCallback(() => {
    setLinkOpen(false)
    // The dialog gives focus back to what opened it; the writer continues in the text.
    setTimeout(() => editor.commands.focus(), 0)
  }, [editor])

  return (
    <section className="notes" aria-labelledby="notes-label">
      <h3 id="notes-label" className="subheading">
        {t('notes.heading')}
      </h3>
      {!readOnly && <NotesToolbar editor={editor} onLink={() => setLinkOpen(true)} />}
      <EditorContent editor={editor} className="notes-editor" />
      {linkOpen && <LinkDialog editor={editor} onClose={closeLink} />}
      {!readOnly && <SpellCheck editor={editor} />}
      {imageDialog}
    </section>
  )
})
