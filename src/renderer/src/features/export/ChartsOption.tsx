/**
 * The export option "Charts of the key figures": on by default when a key figure of the report has readings from
 * two meetings or more (the series read as the Tunnusluvut view reads it); otherwise there is nothing to draw, so
 * the box is off and disabled, and a sentence says why.
 */
import { useMemo } from 'react'
import { Checkbox, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { isChartable } from '../../../../shared/key-figures/facts'
import { snapshotOf } from '../../../../shared/key-figures/history'
import { keyFigureSeries } from '../../../../shared/key-figures/series'
import { useReportSelector } from '../../state/use-report'
import { useKeyFigureHistory } from '../key-figures/use-key-figure-history'

interface Props {
  checked: boolean
  onChange: (checked: boolean) => void
}

export function ChartsOption({ checked, onChange }: Props) {
  const { t } = useTranslation('exportCharts')
  const report = useReportSelector((r) => r)
  const history = useKeyFigureHistory(report.id)
  // Until the series is read (or if it cannot be), the choice stands; main draws only what has two readings.
  const anyChart = useMemo(() => {
    if (history.status !== 'ready') return true
    const earlier = history.history.reports.filter((snapshot) => snapshot.id !== report.id)
    return keyFigureSeries([...earlier, snapshotOf(report)]).some(isChartable)
  }, [history, report])
  return (
    <div className="export-flag">
      <Checkbox
        checked={checked && anyChart}
        disabled={!anyChart}
        label={t('option')}
        aria-describedby="export-hint-charts"
        onChange={(_, data) => onChange(data.checked === true)}
      />
      <Text id="export-hint-charts" size={200} className="export-flag-hint">
        {anyChart ? t('optionHint') : t('noSeries')}
      </Text>
    </div>
  )
}
