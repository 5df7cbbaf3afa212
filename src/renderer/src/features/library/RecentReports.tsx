/** "Viimeksi avatut": the few reports opened last, as quick links above the full list. */
import { Link } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../../../shared/model'

const SHOWN = 5

interface Props {
  recentIds: readonly string[]
  byId: ReadonlyMap<string, ReportSummary>
  onOpen(id: string): void
}

export function RecentReports({ recentIds, byId, onOpen }: Props) {
  const { t } = useTranslation('library')
  // Ids of deleted reports stay in settings until replaced; only listed ones are shown.
  const recent = recentIds.flatMap((id) => byId.get(id) ?? []).slice(0, SHOWN)
  if (recent.length === 0) return null
  return (
    <nav className="library-recent" aria-labelledby="library-recent-title">
      <h2 id="library-recent-title" className="library-subtitle">
        {t('recent.title')}
      </h2>
      <ul>
        {recent.map((report) => (
          <li key={report.id}>
            <Link as="button" onClick={() => onOpen(report.id)}>
              {report.title || t('common:untitled')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
