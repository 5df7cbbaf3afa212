/** Settings from inside a report; closing them comes back to this report, tab and section. */
import { Button, Tooltip } from '@fluentui/react-components'
import { SettingsRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { settingsFrom, type ReportPlace } from '../../state/navigation'
import { useNavigate } from '../../state/navigation-context'

export function SettingsButton({ place }: { place: ReportPlace }) {
  const { t } = useTranslation('visual')
  const navigate = useNavigate()
  return (
    <Tooltip content={t('settings.open')} relationship="label">
      <Button appearance="subtle" icon={<SettingsRegular />} onClick={() => navigate(settingsFrom(place))} />
    </Tooltip>
  )
}
