/** Says under the outline what the "∅" beside a section means, in words anyone can see and read. */
import { useTranslation } from 'react-i18next'

export function OutlineLegend() {
  const { t } = useTranslation('visual')
  return (
    <p className="outline-legend">
      <span aria-hidden="true" className="outline-legend-mark">
        ∅
      </span>
      {t('outlineLegend.notesEmpty')}
    </p>
  )
}
