/**
 * The section's key figures as an editable table, two lines a figure: indicator, value, target, unit and year (and
 * the previous report's value, read-only) on the first, the source across the width on the second — so every field
 * has room to show its whole text, wrapping as a Word table cell does (FigureField).
 */
import { Button } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { keyFigureSchema, type KeyFigure } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { addRow, blankKeyFigure, changeRow, removeRow } from './row-ops'
import { useChangeSection, useSectionSlice } from './use-section'
import { addThenFocus, focusIfJustAdded } from './focus'
import { RemoveButton } from './RemoveButton'
import { FigureField } from './FigureField'

const FIRST_LINE = ['indicator', 'value', 'target', 'unit', 'year'] as const
type Column = (typeof FIRST_LINE)[number] | 'source'
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
              {FIRST_LINE.map((column) => (
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
          {figures.map((figure, row) => {
            const field = (column: Column) => (
              <CheckedField schema={keyFigureSchema.shape[column]} value={figure[column]}>
                <FigureField
                  id={`figure-${column}-${figure.id}`}
                  fieldRef={focusIfJustAdded(`figure-${column}-${figure.id}`)}
                  disabled={disabled}
                  label={t('figures.cellLabel', { column: t(`figures.${column}`), row: row + 1 })}
                  value={figure[column]}
                  onChange={(value) => setCell(figure.id, column, value)}
                />
              </CheckedField>
            )
            return (
              <tbody key={figure.id} className="figure-rows">
                <tr>
                  {FIRST_LINE.map((column) => (
                    <td key={column} className={`col-${column}`}>
                      {field(column)}
                    </td>
                  ))}
                  {showPrevious && <td className="previous-value">{figure.previousValue ?? ''}</td>}
                  <td />
                </tr>
                {/* The source second, so Tab goes indicator → … → year → source → remove, as the eye reads. */}
                <tr>
                  <td colSpan={FIRST_LINE.length + (showPrevious ? 1 : 0)} className="col-source">
                    <div className="figure-source">
                      <span className="figure-source-label" aria-hidden="true">
                        {t('figures.source')}
                      </span>
                      {field('source')}
                    </div>
                  </td>
                  <td>
                    <RemoveButton
                      size="small"
                      label={t('figures.remove', { row: row + 1 })}
                      disabled={disabled}
                      onClick={() => remove(figure.id)}
                    />
                  </td>
                </tr>
              </tbody>
            )
          })}
        </table>
      )}
      <Button size="small" icon={<AddRegular />} disabled={disabled} onClick={add}>
        {t('figures.add')}
      </Button>
    </section>
  )
}
