/**
 * "Siirretty, ei arvioitu": a status carried from the previous report that nobody has reviewed yet. A shape of its
 * own (the history arrow) and the words, never colour alone; compact where room is short (the outline), where the
 * words stay for screen readers and as a tooltip.
 */
import { HistoryRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { SharedShape } from '../../components/StatusShape'
import './review.css'

interface CarriedMarkViewProps {
  word: string
  title: string
  compact: boolean
  /** Draw the arrow from the list's shared shapes (StatusShapes), as long lists do. */
  shared?: boolean
}

/** The mark with words given by the caller (the outline translates them once for all its rows). */
export function CarriedMarkView({ word, title, compact, shared = false }: CarriedMarkViewProps) {
  return (
    <span className="carried-mark" title={title} data-carried="true">
      {shared ? (
        <SharedShape name="carried" className="carried-icon" />
      ) : (
        <HistoryRegular aria-hidden="true" className="carried-icon" />
      )}
      <span className={compact ? 'visually-hidden' : 'carried-word'}>{word}</span>
    </span>
  )
}

/** The mark with its words in the UI language. */
export function CarriedMark({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('review')
  return <CarriedMarkView word={t('carried')} title={t('carriedHint')} compact={compact} />
}
