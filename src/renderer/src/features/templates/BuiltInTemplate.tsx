/** A built-in template, read-only: its sections and guidance, and "Copy to edit" to make a user template of it. */
import { useState } from 'react'
import { Badge, Button, Text, Title3 } from '@fluentui/react-components'
import { CopyRegular, LockClosedRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Language, Template } from '../../../../shared/model'
import { localText } from '../../../../shared/templates/local-text'
import { api, unwrap } from '../../api'
import { LanguageSwitch } from './LanguageSwitch'
import { templateName } from './TemplateList'
import { useRunner } from './useRunner'
import { TemplateFileButton } from './TemplateFileButton'

interface Props {
  template: Template
  /** Called with the user's new copy. */
  onCopied: (copy: Template) => void
}

export function BuiltInTemplate({ template, onCopied }: Props) {
  const { t, i18n } = useTranslation('templatesUi')
  const [language, setLanguage] = useState<Language>(i18n.language as Language)
  const { busy, run } = useRunner()
  const copy = async () => {
    const copied = await run(() => unwrap(api.templates.copy({ id: template.id })))
    if (copied) onCopied(copied)
  }
  return (
    <section className="template-detail" aria-labelledby="template-title">
      <div className="template-detail-head">
        <Title3 as="h2" id="template-title">
          {templateName(template, language, t('untitled'))}
        </Title3>
        <Badge appearance="tint" color="informative" icon={<LockClosedRegular />}>
          {t('builtInReadOnly')}
        </Badge>
      </div>
      <Text as="p" className="template-description">
        {localText(template.description, language)}
      </Text>
      <div className="template-toolbar">
        <Button appearance="primary" icon={<CopyRegular />} disabled={busy} onClick={() => void copy()}>
          {t('copyToEdit')}
        </Button>
        <TemplateFileButton templateId={template.id} />
      </div>
      <LanguageSwitch value={language} onChange={setLanguage} label={t('previewLanguage')} />
      <ol className="template-preview">
        {template.sections.map((section) => (
          <li key={section.id}>
            <span className="template-preview-title">{localText(section.title, language)}</span>
            <Text as="p" size={200} className="template-preview-guidance">
              {localText(section.guidance, language)}
            </Text>
            {section.keyFigures.length > 0 && (
              <Text as="p" size={200} className="template-preview-figures">
                {t('keyFiguresList', {
                  list: section.keyFigures.map((figure) => localText(figure.indicator, language)).join('; ')
                })}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
