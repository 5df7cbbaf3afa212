/** Formatting for the notes. Re-renders only when what it shows (active marks, can undo…) changes. */
import type { ReactElement } from 'react'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { Toolbar, ToolbarButton, ToolbarDivider, Tooltip } from '@fluentui/react-components'
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  LinkRegular,
  TableAddRegular,
  TableDeleteRowRegular,
  TableInsertRowRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextIndentDecreaseLtrRegular,
  TextIndentIncreaseLtrRegular,
  TextItalicRegular,
  TextNumberListLtrRegular,
  TextStrikethroughRegular,
  TextUnderlineRegular
} from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { canIndent, indent } from './notes-extensions'

interface Tool {
  key: string
  icon: ReactElement
  run: () => boolean
  pressed?: boolean
  disabled?: boolean
}

export function NotesToolbar({ editor, onLink }: { editor: Editor; onLink: () => void }) {
  const { t } = useTranslation('editor')
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      // This runs on every keystroke: dry-run commands (can()) only where they can be true, plain reads elsewhere.
      canIndent: e.isActive('listItem') && canIndent(e),
      canOutdent: e.isActive('listItem'),
      canUndo: (undoDepth(e.state) as number) > 0,
      canRedo: (redoDepth(e.state) as number) > 0
    })
  })
  const chain = () => editor.chain().focus()
  const groups: Tool[][] = [
    [
      { key: 'bold', icon: <TextBoldRegular />, run: () => chain().toggleBold().run(), pressed: state.bold },
      {
        key: 'italic',
        icon: <TextItalicRegular />,
        run: () => chain().toggleItalic().run(),
        pressed: state.italic
      },
      {
        key: 'underline',
        icon: <TextUnderlineRegular />,
        run: () => chain().toggleUnderline().run(),
        pressed: state.underline
      },
      {
        key: 'strike',
        icon: <TextStrikethroughRegular />,
        run: () => chain().toggleStrike().run(),
        pressed: state.strike
      }
    ],
    [
      {
        key: 'bulletList',
        icon: <TextBulletListLtrRegular />,
        run: () => chain().toggleBulletList().run(),
        pressed: state.bulletList
      },
      {
        key: 'orderedList',
        icon: <TextNumberListLtrRegular />,
        run: () => chain().toggleOrderedList().run(),
        pressed: state.orderedList
      },
      {
        key: 'indent',
        icon: <TextIndentIncreaseLtrRegular />,
        run: () => indent(editor),
        disabled: !state.canIndent
      },
      {
        key: 'outdent',
        icon: <TextIndentDecreaseLtrRegular />,
        run: () => chain().liftListItem('listItem').run(),
        disabled: !state.canOutdent
      }
    ],
    [
      { key: 'link', icon: <LinkRegular />, run: () => (onLink(), true), pressed: state.link },
      {
        key: 'table',
        icon: <TableAddRegular />,
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        disabled: state.table
      },
      ...(state.table
        ? [
            { key: 'addRow', icon: <TableInsertRowRegular />, run: () => chain().addRowAfter().run() },
            { key: 'deleteRow', icon: <TableDeleteRowRegular />, run: () => chain().deleteRow().run() }
          ]
        : [])
    ],
    [
      { key: 'undo', icon: <ArrowUndoRegular />, run: () => chain().undo().run(), disabled: !state.canUndo },
      { key: 'redo', icon: <ArrowRedoRegular />, run: () => chain().redo().run(), disabled: !state.canRedo }
    ]
  ]
  return (
    <Toolbar size="small" aria-label={t('toolbar.label')} className="notes-toolbar">
      {groups.map((group, index) => (
        <span key={index} className="toolbar-group">
          {index > 0 && <ToolbarDivider />}
          {group.map((tool) => (
            <Tooltip key={tool.key} content={t(`toolbar.${tool.key}`)} relationship="label" withArrow>
              <ToolbarButton
                icon={tool.icon}
                aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
                disabled={tool.disabled}
                // Keep the selection in the text: a toolbar click must not move it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => tool.run()}
              />
            </Tooltip>
          ))}
        </span>
      ))}
    </Toolbar>
  )
}
