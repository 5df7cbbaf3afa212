/**
 * The classification marking of a report in the document language (Government Decree 1101/2019; domain.md).
 * A TL IV document is secret too, so its level always comes with the secrecy marking and its legal basis:
 *   KÄYTTÖ RAJOITETTU TL IV
 *   SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)
 * A legal basis is written only for the classes that have one (secret, TL IV): a basis left in a public report's
 * data is not exported.
 */
import { shownClassification } from '../../shared/classification'
import type { Classification } from '../../shared/model'
import type { DocumentWords } from './words'

/** The marking as lines, in capitals, as it stands at the top right of every page; [] for an unmarked report. */
export function markingLines(classification: Classification, words: DocumentWords): string[] {
  const { t } = words
  // One rule for the screen, the export and the next report: only a class with a basis shows one.
  const basis = shownClassification(classification).legalBasis.trim()
  const secrecy = basis ? `${t('classification.secret')} (${basis})` : t('classification.secret')
  switch (classification.level) {
    case 'public':
      return [t('classification.public')]
    case 'secret':
      return [secrecy]
    case 'restricted':
      return [`${t('classification.restricted')} ${t('classification.restrictedLevel')}`, secrecy]
    default:
      return []
  }
}

/** The marking on one line (title block, document properties, template field); '' for an unmarked report. */
export function markingText(classification: Classification, words: DocumentWords): string {
  return markingLines(classification, words).join(', ')
}
