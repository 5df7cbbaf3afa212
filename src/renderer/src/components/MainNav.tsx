/** The top bar outside a report: Reports · Templates · Settings. */
import { Tab, TabList } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { View } from '../state/navigation'
import { useNavigate } from '../state/navigation-context'

type Place = 'library' | 'templates' | 'settings'

export function MainNav({ current }: { current: Place }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <header className="top-bar">
      <nav aria-label={t('nav.main')}>
        <TabList selectedValue={current} onTabSelect={(_, data) => navigate({ name: data.value } as View)}>
          <Tab value="library">{t('nav.library')}</Tab>
          <Tab value="templates">{t('nav.templates')}</Tab>
          <Tab value="settings">{t('nav.settings')}</Tab>
        </TabList>
      </nav>
    </header>
  )
}
