/**
 * The word-level difference between the coordinator's and the contributor's text: words only in theirs underlined
 * with "+", words only in mine struck through with "−". Marked by sign and line as well as colour, and named for
 * screen readers.
 */
import { useTranslation } from 'react-i18next'
import { wordDiff } from '../../../../shared/contributions/word-diff'

export function WordDiff({ mine, theirs }: { mine: string; theirs: string }) {
  const { t } = useTranslation('contributions')
  return (
    <p className="word-diff">
      {wordDiff(mine, theirs).map((segment, index) =>
        segment.kind === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === 'added' ? (
          <ins key={index} aria-label={`${t('merge.added')}: ${segment.text}`}>
            <span aria-hidden="true">+</span>
            {segment.text}
          </ins>
        ) : (
          <del key={index} aria-label={`${t('merge.removed')}: ${segment.text}`}>
            <span aria-hidden="true">−</span>
            {segment.text}
          </del>
        )
      )}
    </p>
  )
}
