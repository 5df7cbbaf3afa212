/** First run: one sentence and the two ways to start. */
import { Button, Text, Title2 } from '@fluentui/react-components'
import { AddRegular, DocumentRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'

interface Props {
  onCreate(): void
  onExample(): void
  /** After the last report was deleted, the trash is the way back. */
  onTrash(): void
  busy: boolean
}

export function EmptyLibrary({ onCreate, onExample, onTrash, busy }: Props) {
  const { t } = useTranslation('library')
  return (
    <section className="library-empty" aria-labelledby="library-empty-title">
      <Title2 as="h2" id="library-empty-title">
        {t('empty.title')}
      </Title2>
      <Text as="p">{t('empty.text')}</Text>
      <div className="library-empty-actions">
        <Button appearance="primary" icon={<AddRegular />} onClick={onCreate}>
          {t('empty.fromTemplate')}
        </Button>
        <Button icon={<DocumentRegular />} onClick={onExample} disabled={busy}>
          {t('empty.example')}
        </Button>
      </div>
      <Button appearance="transparent" size="small" className="library-empty-trash" onClick={onTrash}>
        {t('toolbar.trash')}
      </Button>
    </section>
  )
}
