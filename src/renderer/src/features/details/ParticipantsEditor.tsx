/**
 * Participants, added quickly by typing one line ("Maija Meikäläinen, kansliapäällikkö, VM" + Enter) and edited in
 * place. Each row subscribes to its own participant, so typing in one row re-renders only that row.
 */
import { useState } from 'react'
import { Button, Field, Input } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { participantSchema, type Participant, type Report } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { newId } from '../../../../shared/ids'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { parseParticipantLine } from './details-rules'

const selectIds = (report: Report) => report.meeting.participants.map((p) => p.id).join(' ')

function withParticipants(report: Report, change: (list: Participant[]) => Participant[]): Report {
  return { ...report, meeting: { ...report.meeting, participants: change(report.meeting.participants) } }
}

/** The participant table and its quick-add line. */
export function ParticipantsEditor() {
  const { t } = useTranslation('details')
  const store = useReportStore()
  // A joined string changes only when rows are added, removed or reordered — not while typing in a row.
  const idList = useReportSelector(selectIds)
  const ids = idList === '' ? [] : idList.split(' ')
  const [line, setLine] = useState('')
  const [announcement, setAnnouncement] = useState('')

  const add = () => {
    const parsed = parseParticipantLine(line)
    if (!parsed) return
    store.update((report) => withParticipants(report, (list) => [...list, { id: newId(), ...parsed }]))
    setLine('')
    setAnnouncement(t('participants.added', { name: parsed.name }))
  }

  return (
    <section className="details-section" aria-labelledby="participants-heading">
      <h2 id="participants-heading" className="details-subtitle">
        {t('participants.heading')}
      </h2>
      {ids.length === 0 ? (
        <p className="details-empty">{t('participants.empty')}</p>
      ) : (
        <table className="details-table">
          <thead>
            <tr>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.title')}</th>
              <th scope="col">{t('participants.organisation')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('participants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, index) => (
              <ParticipantRow key={id} id={id} number={index + 1} />
            ))}
          </tbody>
        </table>
      )}
      {!store.readOnly && (
        <div className="details-quick-add">
          <Field
            label={t('participants.quickAdd')}
            hint={t('participants.quickAddHint')}
            className="details-quick-field"
          >
            <Input
              value={line}
              placeholder={t('participants.quickAddPlaceholder')}
              onChange={(_, data) => setLine(data.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  add()
                }
              }}
            />
          </Field>
          <Button onClick={add} disabled={line.trim() === ''}>
            {t('participants.add')}
          </Button>
        </div>
      )}
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </section>
  )
}

type ParticipantText = 'name' | 'title' | 'organisation'
const COLUMNS: ParticipantText[] = ['name', 'title', 'organisation']

function ParticipantRow({ id, number }: { id: string; number: number }) {
  const { t } = useTranslation('details')
  const store = useReportStore()
  const participant = useReportSelector((report) => report.meeting.participants.find((p) => p.id === id))
  if (!participant) return null
  const edit = (key: ParticipantText, value: string) =>
    store.update((report) =>
      withParticipants(report, (list) => list.map((p) => (p.id === id ? { ...p, [key]: value } : p)))
    )
  const remove = () =>
    store.update((report) => withParticipants(report, (list) => list.filter((p) => p.id !== id)))

  return (
    <tr>
      {COLUMNS.map((key) => (
        <td key={key}>
          <CheckedField schema={participantSchema.shape[key]} value={participant[key]}>
            <Input
              className="details-cell-input"
              aria-label={t(`participants.${key}Of`, { number })}
              value={participant[key]}
              readOnly={store.readOnly}
              onChange={(_, data) => edit(key, data.value)}
            />
          </CheckedField>
        </td>
      ))}
      <td className="details-row-actions">
        {!store.readOnly && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('participants.remove', { name: participant.name || number })}
            onClick={remove}
          />
        )}
      </td>
    </tr>
  )
}
