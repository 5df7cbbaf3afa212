/**
 * Classification marking (Government Decree 1101/2019): none, public, restricted use (TL IV) or secret under the
 * Openness Act with its legal basis. TL III–I are not offered, and the form says why.
 */
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import {
  CLASSIFICATION_LEVELS,
  classificationSchema,
  type ClassificationLevel,
  type Report
} from '../../../../shared/model'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { BoundInput } from './BoundInput'

const selectLevel = (report: Report) => report.classification.level
const selectLegalBasis = (report: Report) => report.classification.legalBasis
const writeLegalBasis = (report: Report, legalBasis: string): Report => ({
  ...report,
  classification: { ...report.classification, legalBasis }
})

/** The classification radio group, plus the required legal basis when the document is secret. */
export function ClassificationField() {
  const { t } = useTranslation('details')
  const store = useReportStore()
  const level = useReportSelector(selectLevel)
  const legalBasis = useReportSelector(selectLegalBasis)
  const choose = (next: ClassificationLevel) =>
    store.update((report) => ({ ...report, classification: { ...report.classification, level: next } }))
  const missingBasis = level === 'secret' && legalBasis.trim() === ''

  return (
    <div className="details-classification">
      <Field label={t('classification.label')}>
        <RadioGroup
          value={level}
          disabled={store.readOnly}
          onChange={(_, data) => choose(data.value as ClassificationLevel)}
        >
          {CLASSIFICATION_LEVELS.map((option) => (
            <Radio key={option} value={option} label={t(`classification.${option}`)} />
          ))}
        </RadioGroup>
      </Field>
      {level === 'secret' && (
        <BoundInput
          label={t('classification.legalBasis')}
          hint={t('classification.legalBasisHint')}
          required
          schema={classificationSchema.shape.legalBasis}
          select={selectLegalBasis}
          write={writeLegalBasis}
          validation={
            missingBasis ? { state: 'error', message: t('classification.legalBasisRequired') } : undefined
          }
        />
      )}
      <Text as="p" size={200} className="details-note">
        {t('classification.higherLevelsNote')}
      </Text>
    </div>
  )
}
