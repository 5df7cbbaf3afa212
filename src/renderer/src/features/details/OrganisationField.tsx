/**
 * The report's organisation: one of the twelve ministries (stored by its code, shown by name in the UI language),
 * or any other organisation as free text.
 */
import { useState } from 'react'
import { Field, Input, Select } from '@fluentui/react-components'
import { CheckedField } from '../../components/CheckedField'
import { useTranslation } from 'react-i18next'
import { MINISTRIES, reportSchema, type Report } from '../../../../shared/model'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { isMinistryCode } from './details-rules'

const OTHER = '__other'
const selectOrganisation = (report: Report) => report.organisation

/** A ministry select with an "other organisation" choice that opens a text field. */
export function OrganisationField() {
  const { t } = useTranslation('details')
  const { t: tc } = useTranslation()
  const store = useReportStore()
  const organisation = useReportSelector(selectOrganisation)
  // "Other" chosen but nothing typed yet: the stored value is still '', so remember the choice here.
  const [otherChosen, setOtherChosen] = useState(false)
  const isOther = organisation !== '' ? !isMinistryCode(organisation) : otherChosen
  const write = (value: string) => store.update((report) => ({ ...report, organisation: value }))

  return (
    <div className="details-organisation">
      <Field label={t('organisation.label')}>
        <Select
          value={isOther ? OTHER : organisation}
          disabled={store.readOnly}
          onChange={(_, data) => {
            setOtherChosen(data.value === OTHER)
            write(data.value === OTHER ? '' : data.value)
          }}
        >
          <option value="">{t('organisation.none')}</option>
          {MINISTRIES.map((code) => (
            <option key={code} value={code}>
              {`${tc(`ministry.${code}`)} (${code})`}
            </option>
          ))}
          <option value={OTHER}>{t('organisation.other')}</option>
        </Select>
      </Field>
      {isOther && (
        <CheckedField
          label={t('organisation.otherName')}
          schema={reportSchema.shape.organisation}
          value={organisation}
        >
          <Input value={organisation} readOnly={store.readOnly} onChange={(_, data) => write(data.value)} />
        </CheckedField>
      )}
    </div>
  )
}
