/**
 * Spell checking for a plain text field (a Fluent Input or Textarea): wrap the control, give the same value.
 * A mirror of the text lies over the field (spell-mirror.ts), invisible but for the wavy underlines of the notes;
 * screen readers get the count of misspellings as the field's description. Shift+F10, the context-menu key or a right
 * click on an underlined word opens the notes' suggestions menu (SpellMenu.tsx); a suggestion is typed into the field
 * (replace-in-field.ts), so its onChange, limits and undo behave as for typing.
 */
import { cloneElement, useEffect, useId, useLayoutEffect, useRef, type ReactElement } from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Misspelling } from '../../../spell/types'
import { useReportSelector } from '../../../state/use-report'
import { useSpellCheckEnabled } from './spell-preference'
import { misspellingAtCaret, useFieldSpelling } from './field-spelling'
import { followField, type TextField } from './spell-mirror'
import { replaceInField } from './replace-in-field'
import { SpellMenu, useSpellMenu, type OpenSpellMenu } from './SpellMenu'
import './spell.css'
import './spell-field.css'

interface ControlProps {
  'aria-describedby'?: string
  disabled?: boolean
  readOnly?: boolean
}

interface FieldTarget extends Misspelling {
  x: number
  y: number
  top?: number
}

export interface SpellCheckedTextProps {
  /** The field's value, as given to the control. */
  value: string
  /** One Fluent Input or Textarea. */
  children: ReactElement<ControlProps>
}

export function SpellCheckedText({ value, children }: SpellCheckedTextProps) {
  const { t } = useTranslation('spellFields')
  const language = useReportSelector((report) => report.language)
  const enabled = useSpellCheckEnabled()
  const editable = !children.props.disabled && !children.props.readOnly
  const misspellings = useFieldSpelling(value, language, enabled && editable)
  const { menu, open, close: closeMenu } = useSpellMenu<FieldTarget>(language)
  const frame = useRef<HTMLDivElement>(null)
  const mirror = useRef<HTMLDivElement>(null)
  const caretAfter = useRef<number | null>(null)
  const descriptionId = useId()
  const marked = misspellings.length > 0

  const field = () => frame.current?.querySelector<TextField>('input, textarea') ?? null
  const wordNode = (m: Misspelling) =>
    mirror.current?.querySelector<HTMLElement>(`[data-start="${m.start}"]`) ?? null

  // Aligned after every render (the text changed) and whenever the field scrolls or changes size.
  useLayoutEffect(() => {
    const control = field()
    if (marked && control && frame.current && mirror.current)
      return followField(frame.current, control, mirror.current)
  })
  useEffect(() => {
    if (!enabled || !editable) closeMenu()
  }, [enabled, editable, closeMenu])

  const openAt = (m: Misspelling, point?: { x: number; y: number }) => {
    const rect = wordNode(m)?.getBoundingClientRect()
    open({ ...m, ...(point ?? { x: rect?.left ?? 0, y: rect?.bottom ?? 0, top: rect?.top }) })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const menuKey = event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')
    const control = field()
    if (!menuKey || !control || event.target !== control) return
    const m = misspellingAtCaret(misspellings, control.selectionStart ?? -1)
    if (!m) return
    event.preventDefault()
    openAt(m)
  }

  const onContextMenu = (event: MouseEvent) => {
    const control = field()
    if (!control || event.target !== control) return
    // A right click goes by the word under the pointer; the context-menu key (no pointer) by the caret.
    const byPointer = event.clientX !== 0 || event.clientY !== 0
    const m = byPointer
      ? misspellings.find((word) => contains(wordNode(word), event.clientX, event.clientY))
      : misspellingAtCaret(misspellings, control.selectionStart ?? -1)
    if (!m) return
    event.preventDefault()
    openAt(m, byPointer ? { x: event.clientX, y: event.clientY } : undefined)
  }

  const replace = (target: OpenSpellMenu<FieldTarget>, replacement: string) => {
    const control = field()
    // The text may have changed while the menu was open: replace only the word that was underlined.
    if (!control || control.value.slice(target.start, target.end) !== target.word) return
    replaceInField(control, target.start, target.end, replacement)
    caretAfter.current = target.start + replacement.length
  }

  const close = () => {
    closeMenu()
    // The menu had no trigger to give the focus back to: back into the field, after the replaced word if any.
    requestAnimationFrame(() => {
      const control = field()
      control?.focus()
      if (control && caretAfter.current !== null)
        control.setSelectionRange(caretAfter.current, caretAfter.current)
      caretAfter.current = null
    })
  }

  const described = [children.props['aria-describedby'], marked ? descriptionId : undefined]
    .filter(Boolean)
    .join(' ')
  return (
    <div ref={frame} className="spell-field" onKeyDown={onKeyDown} onContextMenu={onContextMenu}>
      {cloneElement(children, { 'aria-describedby': described || undefined })}
      {marked && (
        <>
          <div ref={mirror} className="spell-mirror" aria-hidden="true">
            <MirrorText value={value} misspellings={misspellings} />
          </div>
          <span id={descriptionId} className="visually-hidden">
            {t('misspellings', { count: misspellings.length })}
          </span>
        </>
      )}
      <SpellMenu menu={menu} language={language} onReplace={replace} onClose={close} />
    </div>
  )
}

function contains(node: HTMLElement | null, x: number, y: number): boolean {
  return [...(node?.getClientRects() ?? [])].some(
    (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom
  )
}

/** The field's text with each misspelt word in a span carrying the editor's underline class. */
function MirrorText({ value, misspellings }: { value: string; misspellings: Misspelling[] }) {
  const parts: Array<string | ReactElement> = []
  let at = 0
  for (const m of misspellings) {
    parts.push(value.slice(at, m.start))
    parts.push(
      <span key={m.start} className="spell-error" data-start={m.start}>
        {value.slice(m.start, m.end)}
      </span>
    )
    at = m.end
  }
  parts.push(value.slice(at))
  // The inner span: an input's line is centred as one flex item (spell-field.css), a textarea's text wraps in it.
  return (
    <div className="spell-mirror-text">
      <span>{parts}</span>
    </div>
  )
}
