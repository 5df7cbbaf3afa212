/** The agenda: an ordered list of items, added by typing + Enter, edited in place, moved up/down and removed. */
import { useRef, useState } from 'react'
import { Button, Input } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { agendaItemSchema, type AgendaItem, type Report } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { newId } from '../../../../shared/ids'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { move } from './details-rules'
import { SpellCheckedText } from '../editor/spell/SpellCheckedText'

const selectIds = (report: Report) => report.meeting.agenda.map((item) => item.id).join(' ')

function withAgenda(report: Report, change: (agenda: AgendaItem[]) => AgendaItem[]): Report {
  return { ...report, meeting: { ...report.meeting, agenda: change(report.meeting.agenda) } }
}

/** The agenda list and its add line. */
export function AgendaEditor() {
  const { t } = useTranslation('details')
  const store = useReportStore()
  const idList = useReportSelector(selectIds)
  const ids = idList === '' ? [] : idList.split(' ')
  const [text, setText] = useState('')
  const listRef = useRef<HTMLOListElement>(null)

  const add = () => {
    if (text.trim() === '') return
    store.update((report) => withAgenda(report, (agenda) => [...agenda, { id: newId(), text: text.trim() }]))
    setText('')
  }
  const moveItem = (id: string, by: number, button: 'up' | 'down') => {
    store.update((report) =>
      withAgenda(report, (agenda) => {
        const index = agenda.findIndex((item) => item.id === id)
        return move(agenda, index, index + by)
      })
    )
    // Keep the keyboard on the moved item so it can be moved again without hunting for it.
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector(`[data-item="${id}"]`)
      const target =
        row?.querySelector<HTMLElement>(`[data-move="${button}"]:not(:disabled)`) ??
        row?.querySelector<HTMLElement>('[data-move]:not(:disabled)')
      target?.focus()
    })
  }

  return (
    <section className="details-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="details-subtitle">
        {t('agenda.heading')}
      </h2>
      {ids.length === 0 ? (
        <p className="details-empty">{t('agenda.empty')}</p>
      ) : (
        <ol className="details-agenda" ref={listRef}>
          {ids.map((id, index) => (
            <AgendaRow
              key={id}
              id={id}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === ids.length - 1}
              onMove={moveItem}
            />
          ))}
        </ol>
      )}
      {!store.readOnly && (
        <div className="details-quick-add">
          <CheckedField
            label={t('agenda.newItem')}
            hint={t('agenda.newItemHint')}
            schema={agendaItemSchema.shape.text}
            value={text.trim()}
            className="details-quick-field"
          >
            <Input
              value={text}
              onChange={(_, data) => setText(data.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  add()
                }
              }}
            />
          </CheckedField>
          <Button onClick={add} disabled={text.trim() === ''}>
            {t('agenda.add')}
          </Button>
        </div>
      )}
    </section>
  )
}

interface AgendaRowProps {
  id: string
  number: number
  isFirst: boolean
  isLast: boolean
  onMove: (id: string, by: number, button: 'up' | 'down') => void
}

function AgendaRow({ id, number, isFirst, isLast, onMove }: AgendaRowProps) {
  const { t } = useTranslation('details')
  const store = useReportStore()
  const item = useReportSelector((report) => report.meeting.agenda.find((entry) => entry.id === id))
  if (!item) return null
  const edit = (value: string) =>
    store.update((report) =>
      withAgenda(report, (agenda) => agenda.map((e) => (e.id === id ? { ...e, text: value } : e)))
    )
  const remove = () =>
    store.update((report) => withAgenda(report, (agenda) => agenda.filter((e) => e.id !== id)))

  return (
    <li data-item={id} className="details-agenda-item">
      <CheckedField schema={agendaItemSchema.shape.text} value={item.text} className="details-agenda-input">
        <SpellCheckedText value={item.text}>
          <Input
            aria-label={t('agenda.item', { number })}
            value={item.text}
            readOnly={store.readOnly}
            onChange={(_, data) => edit(data.value)}
          />
        </SpellCheckedText>
      </CheckedField>
      {!store.readOnly && (
        <>
          <Button
            appearance="subtle"
            icon={<ArrowUpRegular />}
            data-move="up"
            aria-label={t('agenda.moveUp', { number })}
            disabled={isFirst}
            onClick={() => onMove(id, -1, 'up')}
          />
          <Button
            appearance="subtle"
            icon={<ArrowDownRegular />}
            data-move="down"
            aria-label={t('agenda.moveDown', { number })}
            disabled={isLast}
            onClick={() => onMove(id, 1, 'down')}
          />
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('agenda.remove', { number })}
            onClick={remove}
          />
        </>
      )}
    </li>
  )
}
