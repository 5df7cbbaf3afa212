/**
 * Classification marking (Government Decree 1101/2019): none, public, restricted use (TL IV) or secret under the
 * Openness Act (621/1999). Secret and TL IV both need the legal basis of secrecy (24 §), so both show the field;
 * TL III–I are not offered, and the form says why. A class without a basis clears the stored one — a basis nobody
 * sees must never reach a page header or the next report — and says so; choosing a class with a basis again in
 * this view brings it back.
 */
import { useRef, useState } from 'react'
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { needsLegalBasis } from '../../../../shared/classification'
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

/** The classification radio group, plus the required legal basis when the class has one. */
export function ClassificationField() {
  const { t } = useTranslation('details')
  const { t: tm } = useTranslation('marking')
  const store = useReportStore()
  const level = useReportSelector(selectLevel)
  const legalBasis = useReportSelector(selectLegalBasis)
  // The basis cleared by choosing a class without one, kept while this view is open.
  const setAside = useRef('')
  const [removed, setRemoved] = useState('')
  const choose = (next: ClassificationLevel) => {
    const current = store.getReport().classification
    let basis = current.legalBasis
    if (!needsLegalBasis(next) && basis.trim() !== '') {
      setAside.current = basis
      setRemoved(basis.trim())
      basis = ''
    } else if (needsLegalBasis(next)) {
      if (basis.trim() === '' && setAside.current) basis = setAside.current
      setRemoved('')
    }
    store.update((report) => ({ ...report, classification: { level: next, legalBasis: basis } }))
  }
  const withBasis = needsLegalBasis(level)
  const missingBasis = withBasis && legalBasis.trim() === ''

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
      {withBasis && (
        <BoundInput
          label={t('classification.legalBasis')}
          hint={tm(level === 'restricted' ? 'hint.restricted' : 'hint.secret')}
          required
          schema={classificationSchema.shape.legalBasis}
          select={selectLegalBasis}
          write={writeLegalBasis}
          validation={
            missingBasis ? { state: 'error', message: t('classification.legalBasisRequired') } : undefined
          }
        />
      )}
      <Text as="p" size={200} className="details-note" role="status">
        {removed && !withBasis ? tm('removed', { basis: removed }) : ''}
      </Text>
      <Text as="p" size={200} className="details-note">
        {t('classification.higherLevelsNote')}
      </Text>
    </div>
  )
}
