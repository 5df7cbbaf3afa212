/**
 * "Tallennettu 14.32" / "Tallennetaan…" / "Ei tallennettu — levy on täynnä" / "Tallennettu 14.32 – 1 kenttä odottaa
 * korjausta": visible, never loud.
 */
import { Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useHeldBackCount, useSaveState } from '../../state/use-report'
import { formatTimeOfDay } from '../../../../shared/dates'

export function SaveIndicator() {
  const { t, i18n } = useTranslation()
  const { t: te } = useTranslation('errors')
  const { t: tf } = useTranslation('fields')
  const state = useSaveState()
  const heldBack = useHeldBackCount()
  let text: string
  switch (state.kind) {
    case 'saved':
      text = heldBack
        ? tf('heldBack', { count: heldBack, time: formatTimeOfDay(state.at, i18n.language) })
        : t('save.saved', { time: formatTimeOfDay(state.at, i18n.language) })
      break
    case 'pending':
    case 'saving':
      text = t('save.saving')
      break
    case 'failed':
      text = t(state.retrying ? 'save.failedRetrying' : 'save.failed', { reason: te(state.code) })
      break
  }
  return (
    <Text
      role="status"
      aria-live="polite"
      className={
        state.kind === 'failed' || (state.kind === 'saved' && heldBack)
          ? 'save-indicator save-failed'
          : 'save-indicator'
      }
      data-save-state={state.kind}
      data-held-back={heldBack || undefined}
      size={200}
    >
      {text}
    </Text>
  )
}
