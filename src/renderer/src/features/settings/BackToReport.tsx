/** The top bar of settings opened from a report: one way back, to the same tab and section. */
import { Button } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ReportPlace } from '../../state/navigation'
import { useNavigate } from '../../state/navigation-context'

export function BackToReport({ place }: { place: ReportPlace }) {
  const { t } = useTranslation('visual')
  const navigate = useNavigate()
  return (
    <header className="top-bar">
      <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => navigate(place)}>
        {t('settings.backToReport')}
      </Button>
    </header>
  )
}
