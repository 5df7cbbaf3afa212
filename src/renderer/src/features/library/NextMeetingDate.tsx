/**
 * The next meeting's date, asked when a report is made from the previous one, so the new report (and its export's
 * file name) carries the meeting's date rather than the day it was written. Optional: the date may not be set yet.
 */
import { useTranslation } from 'react-i18next'
import { inDateRange, isIsoDate } from '../../../../shared/dates'
import { DateInput } from '../../components/DateInput'

/** What to send for the typed value: the ISO date, '' for none, or undefined while the text is no date we accept. */
export function meetingDateToSend(value: string): string | undefined {
  if (value.trim() === '') return ''
  return isIsoDate(value) && inDateRange(value) ? value : undefined
}

export function NextMeetingDate({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('review')
  return <DateInput kind="date" label={t('nextMeetingDate')} value={value} onChange={onChange} />
}
