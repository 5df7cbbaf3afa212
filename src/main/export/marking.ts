/** The classification marking of a report in the document language (Government Decree 1101/2019). */
import type { Classification } from '../../shared/model'
import type { Vocabulary } from './vocabulary'

/** e.g. "SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)"; '' for an unmarked report. */
export function markingText(classification: Classification, words: Vocabulary): string {
  if (classification.level === 'none') return ''
  const marking = words.classification[classification.level]
  const basis = classification.legalBasis.trim()
  // The legal basis is required with secrecy; a restricted (TL IV) document may carry one too.
  return basis && classification.level !== 'public' ? `${marking} (${basis})` : marking
}
