/** "Kokous": the meeting's details — name, date and time, place, chair, secretary, participants and agenda. */
import { Title2 } from '@fluentui/react-components'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { useTranslation } from 'react-i18next'
import { meetingSchema, type Meeting, type Report } from '../../../../shared/model'
import { DateInput } from '../../components/DateInput'
import { BoundInput } from './BoundInput'
import { ParticipantsEditor } from './ParticipantsEditor'
import { AgendaEditor } from './AgendaEditor'
import './details.css'

type MeetingText = 'name' | 'date' | 'time' | 'place' | 'chair' | 'secretary'

// Selectors and writers made once per field, so each input keeps the same subscription between renders.
function field(key: MeetingText) {
  return {
    schema: meetingSchema.shape[key],
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
        <BoundInput label={t('meeting.name')} {...FIELDS.name} className="details-wide" checkSpelling />
        <MeetingWhen kind="date" />
        <MeetingWhen kind="time" />
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

/** The meeting's date or time, typed as text and read by the one date parser (never the browser's locale). */
function MeetingWhen({ kind }: { kind: 'date' | 'time' }) {
  const { t } = useTranslation('details')
  const store = useReportStore()
  const value = useReportSelector(FIELDS[kind].select)
  return (
    <DateInput
      kind={kind}
      label={t(`meeting.${kind}`)}
      value={value}
      readOnly={store.readOnly}
      onChange={(next) => store.update((report) => FIELDS[kind].write(report, next))}
    />
  )
}
