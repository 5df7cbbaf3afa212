/**
 * The templates view ("Mallipohjat"): built-in and user templates on the left, the chosen one on the right —
 * read-only with "Copy to edit" for a built-in, the editor for the user's own.
 */
import { useCallback, useRef, useState } from 'react'
import { MessageBar, MessageBarBody, Spinner, Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Template } from '../../../../shared/model'
import { useNavigate } from '../../state/navigation-context'
import { useErrorText } from '../../components/error-text'
import { useTemplates } from './useTemplates'
import { TemplateList } from './TemplateList'
import { BuiltInTemplate } from './BuiltInTemplate'
import { TemplateEditor } from './TemplateEditor'
import { TemplateImports } from './TemplateImports'
import { DiscardDialog } from './DiscardDialog'
import './templates.css'

export default function TemplatesView({ templateId }: { templateId?: string }) {
  const { t } = useTranslation('templatesUi')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const { state, reload } = useTemplates()
  const dirty = useRef(false)
  const [pendingId, setPendingId] = useState<string>()
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value
  }, [])

  const open = (id: string | undefined) => {
    dirty.current = false
    navigate({ name: 'templates', ...(id ? { templateId: id } : {}) })
  }
  const select = (id: string) => {
    if (id === templateId) return
    if (dirty.current) setPendingId(id)
    else open(id)
  }
  const showNew = async (template: Template) => {
    await reload()
    // An import while the editor holds unsaved edits still asks before opening the new template.
    select(template.id)
  }

  if (state.status === 'loading')
    return <Spinner className="page-spinner" label={t('loading', { ns: 'common' })} />
  if (state.status === 'error') {
    return (
      <main className="page">
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(state.error)}</MessageBarBody>
        </MessageBar>
      </main>
    )
  }
  const selected = state.templates.find((template) => template.id === templateId) ?? state.templates[0]
  return (
    <main className="page templates-page" aria-labelledby="templates-title">
      <div className="templates-head">
        <Title2 as="h1" id="templates-title">
          {t('title')}
        </Title2>
        <TemplateImports onImported={(template) => void showNew(template)} />
      </div>
      <div className="templates-layout">
        <TemplateList templates={state.templates} selectedId={selected?.id} onSelect={select} />
        {selected?.builtIn && (
          <BuiltInTemplate key={selected.id} template={selected} onCopied={(copy) => void showNew(copy)} />
        )}
        {selected && !selected.builtIn && (
          <TemplateEditor
            // A new version (after saving) starts a fresh draft from what was stored.
            key={`${selected.id}@${selected.version}`}
            template={selected}
            onSaved={() => void reload()}
            onDeleted={() => void reload().then(() => open(undefined))}
            onDirtyChange={onDirtyChange}
          />
        )}
      </div>
      <DiscardDialog
        open={pendingId !== undefined}
        onKeep={() => setPendingId(undefined)}
        onDiscard={() => {
          const id = pendingId
          setPendingId(undefined)
          open(id)
        }}
      />
    </main>
  )
}
