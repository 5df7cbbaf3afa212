/** The section's key figures as an editable table; the previous report's value is shown beside, read-only. */
import { Button, Input } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { keyFigureSchema, type KeyFigure } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { addRow, blankKeyFigure, changeRow, removeRow } from './row-ops'
import { useChangeSection, useSectionSlice } from './use-section'
import { addThenFocus, focusIfJustAdded } from './focus'
import { RemoveButton } from './RemoveButton'

const COLUMNS = ['indicator', 'value', 'target', 'unit', 'year', 'source'] as const
type Column = (typeof COLUMNS)[number]
const NONE: KeyFigure[] = []

export function KeyFigures({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const figures = useSectionSlice(sectionId, (s) => s.keyFigures) ?? NONE
  const change = useChangeSection(sectionId)
  const showPrevious = figures.some((f) => f.previousValue !== undefined && f.previousValue !== '')
  const setCell = (id: string, column: Column, value: string) =>
    change((s) => changeRow(s, 'keyFigures', id, { [column]: value }))
  const add = () => {
    const figure = blankKeyFigure()
    addThenFocus(() => change((s) => addRow(s, 'keyFigures', figure)), `figure-indicator-${figure.id}`)
  }
  const remove = (id: string) => change((s) => removeRow(s, 'keyFigures', id))

  return (
    <section className="section-part" aria-labelledby="figures-heading">
      <h3 id="figures-heading" className="subheading">
        {t('figures.heading')}
      </h3>
      {figures.length > 0 && (
        <table className="figures-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className={`col-${column}`}>
                  {t(`figures.${column}`)}
                </th>
              ))}
              {showPrevious && (
                <th scope="col" className="col-previous">
                  {t('figures.previousValue')}
                </th>
              )}
              <th scope="col" className="col-remove">
                <span className="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure, row) => (
              <tr key={figure.id}>
                {COLUMNS.map((column) => (
                  <td key={column} className={`col-${column}`}>
                    <CheckedField schema={keyFigureSchema.shape[column]} value={figure[column]}>
                      <Input
                        id={`figure-${column}-${figure.id}`}
                        ref={focusIfJustAdded(`figure-${column}-${figure.id}`)}
                        size="small"
                        appearance="underline"
                        disabled={disabled}
                        aria-label={t('figures.cellLabel', { column: t(`figures.${column}`), row: row + 1 })}
                        value={figure[column]}
                        // A narrow cell cuts its text: the whole value shows on hover.
                        title={figure[column] || undefined}
                        onChange={(_, data) => setCell(figure.id, column, data.value)}
                      />
                    </CheckedField>
                  </td>
                ))}
                {showPrevious && <td className="previous-value">{figure.previousValue ?? ''}</td>}
                <td>
                  <RemoveButton
                    size="small"
                    label={t('figures.remove', { row: row + 1 })}
                    disabled={disabled}
                    onClick={() => remove(figure.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button size="small" icon={<AddRegular />} disabled={disabled} onClick={add}>
        {t('figures.add')}
      </Button>
    </section>
  )
}
