/** A template section's default key figures: indicator and source per language; target, unit and year as written. */
import { Button, Field, Input } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Language, TemplateSection } from '../../../../shared/model'
import { newKeyFigure, removeKeyFigure, setLocal, updateKeyFigure } from './template-draft'

interface Props {
  section: TemplateSection
  language: Language
  onChange: (section: TemplateSection) => void
}

export function KeyFigureEditor({ section, language, onChange }: Props) {
  const { t } = useTranslation('templatesUi')
  const edit = (index: number, field: 'target' | 'unit' | 'year', value: string) =>
    onChange(updateKeyFigure(section, index, (figure) => ({ ...figure, [field]: value })))
  const editLocal = (index: number, field: 'indicator' | 'source', value: string) =>
    onChange(
      updateKeyFigure(section, index, (figure) => ({
        ...figure,
        [field]: setLocal(figure[field], language, value)
      }))
    )
  return (
    <div className="template-figures">
      <h4 className="template-figures-title">{t('editor.keyFigures')}</h4>
      {section.keyFigures.map((figure, index) => (
        <div
          className="template-figure"
          key={index}
          role="group"
          aria-label={t('editor.keyFigureN', { n: index + 1 })}
        >
          <Field label={t('editor.indicator')} className="template-figure-wide">
            <Input
              value={figure.indicator[language] ?? ''}
              onChange={(_, data) => editLocal(index, 'indicator', data.value)}
            />
          </Field>
          <Field label={t('editor.target')}>
            <Input value={figure.target} onChange={(_, data) => edit(index, 'target', data.value)} />
          </Field>
          <Field label={t('editor.unit')}>
            <Input value={figure.unit} onChange={(_, data) => edit(index, 'unit', data.value)} />
          </Field>
          <Field label={t('editor.year')}>
            <Input value={figure.year} onChange={(_, data) => edit(index, 'year', data.value)} />
          </Field>
          <Field label={t('editor.source')} className="template-figure-wide">
            <Input
              value={figure.source[language] ?? ''}
              onChange={(_, data) => editLocal(index, 'source', data.value)}
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('editor.removeKeyFigure', { n: index + 1 })}
            title={t('editor.removeKeyFigure', { n: index + 1 })}
            onClick={() => onChange(removeKeyFigure(section, index))}
          />
        </div>
      ))}
      <Button
        appearance="subtle"
        size="small"
        icon={<AddRegular />}
        onClick={() => onChange({ ...section, keyFigures: [...section.keyFigures, newKeyFigure()] })}
      >
        {t('editor.addKeyFigure')}
      </Button>
    </div>
  )
}
