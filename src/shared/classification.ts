/**
 * Which classification markings carry a legal basis (Government Decree 1101/2019; Act on the Openness of Government
 * Activities 621/1999, 24 §). A document secret under the Act names the paragraph that makes it secret; a TL IV
 * document is secret too, so it names one as well. Public and unmarked documents have none: a basis left from an
 * earlier choice must never reach a page header or the next report.
 */
import type { Classification, ClassificationLevel } from './model'

const WITH_BASIS: ReadonlySet<ClassificationLevel> = new Set(['secret', 'restricted'])

/** True when a document of this class states (and needs) the legal basis of its secrecy. */
export function needsLegalBasis(level: ClassificationLevel): boolean {
  return WITH_BASIS.has(level)
}

/** The marking with its basis only when its class has one. */
export function shownClassification(classification: Classification): Classification {
  return needsLegalBasis(classification.level) ? { ...classification } : { ...classification, legalBasis: '' }
}
