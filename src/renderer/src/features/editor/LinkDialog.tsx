/** Ctrl+K: add, change or remove a link. Only http(s) and mailto addresses are accepted; others are refused aloud. */
import { useState } from 'react'
import type { Editor } from '@tiptap/core'
import { Button, Field, Input } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../components/FormDialog'
import { normalizeLinkHref } from '../../../../shared/notes-rules'

export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const existing = (editor.getAttributes('link').href as string | undefined) ?? ''
  const [address, setAddress] = useState(existing)
  const [error, setError] = useState('')

  const apply = () => {
    const href = normalizeLinkHref(address)
    if (!href) {
      setError(address.trim() ? t('link.refused') : t('link.empty'))
      return
    }
    const { empty } = editor.state.selection
    if (empty && !editor.isActive('link')) {
      // No text chosen: the address itself becomes the linked text.
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: address.trim(), marks: [{ type: 'link', attrs: { href } }] })
        .run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
    }
    onClose()
  }
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  return (
    <FormDialog
      open
      title={existing ? t('link.editTitle') : t('link.addTitle')}
      onSubmit={apply}
      onDismiss={onClose}
      actions={
        <>
          <Button appearance="primary" type="submit">
            {t('link.apply')}
          </Button>
          {existing && <Button onClick={remove}>{t('link.remove')}</Button>}
          <Button onClick={onClose}>{tc('cancel')}</Button>
        </>
      }
    >
      <Field
        label={t('link.address')}
        hint={t('link.hint')}
        validationState={error ? 'error' : 'none'}
        validationMessage={error || undefined}
      >
        <Input
          autoFocus
          value={address}
          onChange={(_, data) => {
            setAddress(data.value)
            setError('')
          }}
        />
      </Field>
    </FormDialog>
  )
}
