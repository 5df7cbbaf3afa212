/**
 * The editor of a user template. Edits stay in a draft until "Save": the service then stores a new version, so
 * reports made from the old version never change. Sections can be added, removed and reordered (buttons or Alt+↑/↓).
 */
import { useEffect, useRef, useState } from 'react'
import { Button, Field, Input, MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components'
import { AddRegular, SaveRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Language, Template } from '../../../../shared/model'
import { localText } from '../../../../shared/templates/local-text'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import {
  addSection,
  draftProblem,
  moveSection,
  newSection,
  removeSection,
  setLocal,
  updateSection
} from './template-draft'
import { TemplateSectionEditor } from './TemplateSectionEditor'
import { DeleteTemplateDialog } from './DeleteTemplateDialog'
import { TemplateFileButton } from './TemplateFileButton'
import { LanguageSwitch } from './LanguageSwitch'
import { templateName } from './TemplateList'
import { useRunner } from './useRunner'

interface Props {
  template: Template
  onSaved: (saved: Template) => void
  onDeleted: () => void
  /** Tells the view whether there are unsaved edits, so leaving can ask first. */
  onDirtyChange: (dirty: boolean) => void
}

export function TemplateEditor({ template, onSaved, onDeleted, onDirtyChange }: Props) {
  const { t, i18n } = useTranslation('templatesUi')
  const notify = useNotify()
  const { busy, run } = useRunner()
  const [language, setLanguage] = useState<Language>(i18n.language as Language)
  const [draft, setDraft] = useState(template)
  const [problem, setProblem] = useState<ReturnType<typeof draftProblem>>(null)
  const [focusId, setFocusId] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const sectionsHeading = useRef<HTMLHeadingElement>(null)
  const dirty = draft !== template
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])

  const titleOf = (id: string, of = draft) =>
    localText(of.sections.find((section) => section.id === id)?.title, language) || t('untitledSection')

  const move = (id: string, by: -1 | 1) => {
    const moved = moveSection(draft, id, by)
    if (moved === draft) return
    // React moves the DOM node, which can drop focus; give it back to the control the user was on.
    const active = document.activeElement
    setDraft(moved)
    const position = moved.sections.findIndex((section) => section.id === id) + 1
    setAnnouncement(t('editor.moved', { title: titleOf(id), position, count: moved.sections.length }))
    requestAnimationFrame(() => {
      if (active instanceof HTMLElement && active.isConnected && document.activeElement !== active)
        active.focus()
    })
  }
  const remove = (id: string) => {
    setAnnouncement(t('editor.removed', { title: titleOf(id) }))
    setDraft(removeSection(draft, id))
    // The removed section took the focused button with it; land on the list's heading instead of nowhere.
    requestAnimationFrame(() => sectionsHeading.current?.focus())
  }
  const add = () => {
    const section = newSection(language, t('newSectionTitle'))
    setFocusId(section.id)
    setDraft(addSection(draft, section))
  }
  const save = async () => {
    const found = draftProblem(draft)
    setProblem(found)
    if (found) return
    const saved = await run(() => unwrap(api.templates.save({ template: draft })))
    if (!saved) return
    notify({ intent: 'success', text: t('saved', { version: saved.version }) })
    onSaved(saved)
  }
  const deleteTemplate = async () => {
    const done = await run(() => unwrap(api.templates.delete({ id: template.id })))
    if (done !== undefined) onDeleted()
  }

  return (
    <section className="template-detail" aria-labelledby="template-title">
      <div className="template-detail-head">
        <Title3 as="h2" id="template-title">
          {templateName(draft, i18n.language as Language, t('untitled'))}
        </Title3>
        <Text className="template-version">{t('version', { version: template.version })}</Text>
      </div>
      <div className="template-toolbar">
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={!dirty || busy}
          onClick={() => void save()}
        >
          {t('save')}
        </Button>
        <TemplateFileButton templateId={template.id} />
        <DeleteTemplateDialog
          name={templateName(template, i18n.language as Language, t('untitled'))}
          disabled={busy}
          onConfirm={() => void deleteTemplate()}
        />
        {dirty && <Text className="template-unsaved">{t('unsaved')}</Text>}
      </div>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(`problem.${problem}`)}</MessageBarBody>
        </MessageBar>
      )}
      <LanguageSwitch value={language} onChange={setLanguage} label={t('editLanguage')} />
      <Field label={t('editor.name', { language: t(`language.${language}`, { ns: 'common' }) })} required>
        <Input
          value={draft.name[language] ?? ''}
          placeholder={localText(draft.name, language)}
          onChange={(_, data) => setDraft({ ...draft, name: setLocal(draft.name, language, data.value) })}
        />
      </Field>
      <h3 className="template-sections-title" ref={sectionsHeading} tabIndex={-1}>
        {t('editor.sections', { count: draft.sections.length })}
      </h3>
      <Text as="p" size={200} className="template-hint">
        {t('editor.reorderHint')}
      </Text>
      {draft.sections.map((section, index) => (
        <TemplateSectionEditor
          key={section.id}
          section={section}
          index={index}
          count={draft.sections.length}
          language={language}
          autoFocus={section.id === focusId}
          onChange={(next) => setDraft(updateSection(draft, section.id, () => next))}
          onMove={(by) => move(section.id, by)}
          onRemove={() => remove(section.id)}
        />
      ))}
      <Button icon={<AddRegular />} onClick={add}>
        {t('editor.addSection')}
      </Button>
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </section>
  )
}
