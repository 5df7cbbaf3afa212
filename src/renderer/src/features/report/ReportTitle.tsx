import { useEffect } from 'react'
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../../shared/dates'
import { useReportSelector } from '../../state/use-report'

/** "Kansliapäälliköiden kokous 25.10.2021" in the top bar; the window title follows it. */
export function ReportTitle() {
  const { t, i18n } = useTranslation()
  const title = useReportSelector((r) => r.title)
  const date = useReportSelector((r) => r.meeting.date)
  const text = [title || t('untitled'), formatDate(date, i18n.language)].filter(Boolean).join(' ')
  const windowTitle = `${t('appName')} – ${text}`
  useEffect(() => {
    document.title = windowTitle
  }, [windowTitle])
  return (
    <Text as="h1" weight="semibold" size={400} className="report-title" truncate wrap={false}>
      {text}
    </Text>
  )
}
