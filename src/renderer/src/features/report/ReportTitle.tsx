import { useEffect } from 'react'
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { formatDate, mentionsDate } from '../../../../shared/dates'
import { useReportSelector, useSavedSelector } from '../../state/use-report'

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
  return (
    <Text as="h1" weight="semibold" size={400} className="report-title" truncate wrap={false} title={text}>
      {text}
    </Text>
  )
}
