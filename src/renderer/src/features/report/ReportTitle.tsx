import { useEffect, useRef } from 'react'
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { formatDate, mentionsDate } from '../../../../shared/dates'
import { useReportSelector, useSavedSelector } from '../../state/use-report'
import { focusLost } from '../../components/return-focus'

/**
 * "Kansliapäälliköiden kokous 25.10.2021" in the top bar; the window title follows it. The meeting date is added
 * once: not when the title already names that day (a title typed as "Kokous 14.1.2027").
 */
export function ReportTitle() {
  const { t, i18n } = useTranslation()
  const title = useReportSelector((r) => r.title)
  // The meeting's date as saved: a date still being fixed in its field does not blank the title bar.
  const date = useSavedSelector((r) => r.meeting.date)
  const shownDate = mentionsDate(title, date, i18n.language) ? '' : formatDate(date, i18n.language)
  const text = [title || t('untitled'), shownDate].filter(Boolean).join(' ')
  const windowTitle = `${t('appName')} – ${text}`
  useEffect(() => {
    document.title = windowTitle
  }, [windowTitle])
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // A report just opened (or created): the control that opened it is gone with the library, so the focus starts
    // on the report's name, which a screen reader reads out; a view that placed the focus itself keeps it.
    if (focusLost()) ref.current?.focus()
  }, [])
  return (
    <Text
      as="h1"
      ref={ref}
      tabIndex={-1}
      weight="semibold"
      size={400}
      className="report-title"
      truncate
      wrap={false}
      title={text}
    >
      {text}
    </Text>
  )
}
