/**
 * Connects a notes editor's images to the screen: notices for refused images and the alt text dialog, asked for
 * each added image in turn. NotesEditor renders what this returns.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import type { Editor } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { useTranslation } from 'react-i18next'
import { useNotify } from '../../../components/notices'
import type { ImageHandlers } from './image-input'
import { setImageHandlers } from './image-extension'
import { ImageAltDialog, type AltTextChoice } from './ImageAltDialog'
import './images.css'

interface Asked {
  pos: number
  asset: string
  initial: AltTextChoice
}

/** The image at `pos`, or the first image with `asset` if the notes moved meanwhile. */
function imagePos(editor: Editor, pos: number, asset: string): number | undefined {
  const node = editor.state.doc.nodeAt(pos)
  if (node?.type.name === 'image' && node.attrs['asset'] === asset) return pos
  let found: number | undefined
  editor.state.doc.descendants((candidate, at) => {
    if (found === undefined && candidate.type.name === 'image' && candidate.attrs['asset'] === asset)
      found = at
    return found === undefined
  })
  return found
}

export function useNotesImages(editor: Editor): ReactNode {
  const { t } = useTranslation('images')
  const notify = useNotify()
  const [queue, setQueue] = useState<Asked[]>([])

  useEffect(() => {
    const handlers: ImageHandlers = {
      notify: (key, values) =>
        notify({
          intent: key === 'wordFileImages' ? 'warning' : 'error',
          text: t(key, { name: values?.name ?? '', count: values?.count ?? 1 })
        }),
      askAlt: (pos) => {
        const node = editor.state.doc.nodeAt(pos)
        if (node?.type.name !== 'image') return
        const asked = {
          pos,
          asset: node.attrs['asset'] as string,
          initial: { alt: (node.attrs['alt'] as string) ?? '', decorative: node.attrs['decorative'] === true }
        }
        setQueue((current) => [...current, asked])
      }
    }
    setImageHandlers(editor, handlers)
  }, [editor, notify, t])

  const current = queue[0]
  const close = useCallback(
    (choice?: AltTextChoice) => {
      if (current && choice && !editor.isDestroyed) {
        const pos = imagePos(editor, current.pos, current.asset)
        const node = pos === undefined ? null : editor.state.doc.nodeAt(pos)
        if (pos !== undefined && node) {
          const tr = editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...choice })
          editor.view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)))
        }
      }
      setQueue((rest) => rest.slice(1))
      setTimeout(() => !editor.isDestroyed && editor.commands.focus(), 0)
    },
    [current, editor]
  )

  if (!current) return null
  return (
    <ImageAltDialog
      key={`${current.pos}-${current.asset}`}
      asset={current.asset}
      initial={current.initial}
      onSave={(choice) => close(choice)}
      onLater={() => close()}
    />
  )
}
