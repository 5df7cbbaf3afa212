/** The templates on the left: built-in ones (read-only, marked with a lock) first, then the user's own. */
import { Badge, Text } from '@fluentui/react-components'
import { DocumentRegular, LockClosedRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Language, Template } from '../../../../shared/model'
import { localText } from '../../../../shared/templates/local-text'

interface Props {
  templates: Template[]
  selectedId: string | undefined
  onSelect: (id: string) => void
}

/** Name of a template in the UI language, with the other languages as fallback. */
export function templateName(template: Template, language: Language, untitled: string): string {
  return localText(template.name, language).trim() || untitled
}

function TemplateGroup({ title, templates, selectedId, onSelect }: Props & { title: string }) {
  const { t, i18n } = useTranslation('templatesUi')
  const language = i18n.language as Language
  return (
    <section aria-label={title}>
      <h2 className="templates-group-title">{title}</h2>
      {templates.length === 0 && <Text className="templates-empty">{t('list.noUserTemplates')}</Text>}
      <ul className="templates-list">
        {templates.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="templates-item"
              aria-current={template.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(template.id)}
            >
              {template.builtIn ? (
                <LockClosedRegular aria-hidden className="templates-item-icon" />
              ) : (
                <DocumentRegular aria-hidden className="templates-item-icon" />
              )}
              <span className="templates-item-text">
                <span className="templates-item-name">{templateName(template, language, t('untitled'))}</span>
                <span className="templates-item-meta">
                  {t('list.meta', { count: template.sections.length, version: template.version })}
                </span>
              </span>
              {template.builtIn && (
                <Badge appearance="outline" color="informative" size="small">
                  {t('builtIn')}
                </Badge>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function TemplateList(props: Props) {
  const { t } = useTranslation('templatesUi')
  const builtIn = props.templates.filter((template) => template.builtIn)
  const own = props.templates.filter((template) => !template.builtIn)
  return (
    <nav className="templates-sidebar" aria-label={t('list.label')}>
      <TemplateGroup {...props} title={t('list.builtIn')} templates={builtIn} />
      <TemplateGroup {...props} title={t('list.own')} templates={own} />
    </nav>
  )
}
