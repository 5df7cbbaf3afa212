/** "Kokous": the meeting's details — name, date and time, place, chair, secretary, participants and agenda. */
import { Title2 } from '@fluentui/react-components'
import { formatLongDate } from '../../../../shared/dates'
import { useReportSelector } from '../../state/use-report'
import { useTranslation } from 'react-i18next'
import type { Meeting, Report } from '../../../../shared/model'
import { BoundInput } from './BoundInput'
import { ParticipantsEditor } from './ParticipantsEditor'
import { AgendaEditor } from './AgendaEditor'
import './details.css'

type MeetingText = 'name' | 'date' | 'time' | 'place' | 'chair' | 'secretary'

// Selectors and writers made once per field, so each input keeps the same subscription between renders.
function field(key: MeetingText) {
  return {
    select: (report: Report) => report.meeting[key],
    write: (report: Report, value: string): Report => ({
      ...report,
      meeting: { ...report.meeting, [key]: value } as Meeting
    })
  }
}
const FIELDS = {
  name: field('name'),
  date: field('date'),
  time: field('time'),
  place: field('place'),
  chair: field('chair'),
  secretary: field('secretary')
}

/** The meeting form; every field autosaves. */
export function MeetingForm() {
  const { t } = useTranslation('details')
  return (
    <main className="page details-page" aria-labelledby="meeting-heading">
      <Title2 as="h1" id="meeting-heading">
        {t('meeting.heading')}
      </Title2>
      <div className="details-grid">
        <BoundInput label={t('meeting.name')} {...FIELDS.name} className="details-wide" />
        <MeetingDate />
        <BoundInput label={t('meeting.time')} type="time" {...FIELDS.time} />
        <BoundInput
          label={t('meeting.place')}
          hint={t('meeting.placeHint')}
          {...FIELDS.place}
          className="details-wide"
        />
        <BoundInput label={t('meeting.chair')} {...FIELDS.chair} />
        <BoundInput label={t('meeting.secretary')} {...FIELDS.secretary} />
      </div>
      <ParticipantsEditor />
      <AgendaEditor />
    </main>
  )
}

/** The date input, with the date written out in the UI language below it (the native picker follows the OS). */
function MeetingDate() {
  const { t, i18n } = useTranslation('details')
  const date = useReportSelector(FIELDS.date.select)
  return (
    <BoundInput
      label={t('meeting.date')}
      type="date"
      hint={formatLongDate(date, i18n.language) || undefined}
      {...FIELDS.date}
    />
  )
}
