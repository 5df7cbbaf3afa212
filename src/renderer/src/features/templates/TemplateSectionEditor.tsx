/**
 * One section of a user template: title and guidance in the language being edited, default key figures, and
 * moving or removing it. Alt+↑ / Alt+↓ anywhere in the section moves it, for those who work by keyboard.
 */
import type { KeyboardEvent } from 'react'
import { Button, Field, Input, Textarea } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Language, TemplateSection } from '../../../../shared/model'
import { localText } from '../../../../shared/templates/local-text'
import { setLocal } from './template-draft'
import { KeyFigureEditor } from './KeyFigureEditor'

interface Props {
  section: TemplateSection
  index: number
  count: number
  language: Language
  autoFocus: boolean
  onChange: (section: TemplateSection) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

export function TemplateSectionEditor(props: Props) {
  const { section, index, count, language, onChange, onMove } = props
  const { t } = useTranslation('templatesUi')
  const shownTitle = localText(section.title, language) || t('untitledSection')
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    onMove(event.key === 'ArrowUp' ? -1 : 1)
  }
  return (
    <fieldset className="template-section" onKeyDown={onKeyDown}>
      <legend className="template-section-legend">
        {index + 1}. {shownTitle}
      </legend>
      <div className="template-section-tools">
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowUpRegular />}
          disabledFocusable={index === 0}
          aria-label={t('editor.moveUp', { title: shownTitle })}
          title={t('editor.moveUpHint')}
          onClick={() => onMove(-1)}
        />
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowDownRegular />}
          disabledFocusable={index === count - 1}
          aria-label={t('editor.moveDown', { title: shownTitle })}
          title={t('editor.moveDownHint')}
          onClick={() => onMove(1)}
        />
        <Button
          appearance="subtle"
          size="small"
          icon={<DeleteRegular />}
          aria-label={t('editor.removeSection', { title: shownTitle })}
          title={t('editor.removeSection', { title: shownTitle })}
          onClick={props.onRemove}
        />
      </div>
      <Field label={t('editor.sectionTitle')} required>
        <Input
          value={section.title[language] ?? ''}
          placeholder={localText(section.title, language)}
          autoFocus={props.autoFocus}
          onChange={(_, data) =>
            onChange({ ...section, title: setLocal(section.title, language, data.value) })
          }
        />
      </Field>
      <Field label={t('editor.guidance')} hint={t('editor.guidanceHint')}>
        <Textarea
          resize="vertical"
          value={section.guidance[language] ?? ''}
          onChange={(_, data) =>
            onChange({ ...section, guidance: setLocal(section.guidance, language, data.value) })
          }
        />
      </Field>
      <KeyFigureEditor section={section} language={language} onChange={onChange} />
    </fieldset>
  )
}
