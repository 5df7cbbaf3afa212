/**
 * Which message tells the user what happened when a contribution file cannot be used, or a merge has nothing to do.
 * The words are in `i18n/locales/<lang>/contributions.json`; every message says that nothing was changed.
 */
import type { MergeOutcome } from './merge'
import type { ContributionFailure } from './parse'

export interface OutcomeMessage {
  /** An i18n key in the `contributions` namespace. */
  key: string
  values: Record<string, string>
}

/** The message for a file that could not be read, or a reply that cannot be merged. */
export function outcomeMessage(
  outcome: ContributionFailure | Extract<MergeOutcome, { ok: false }> | { ok: true; nothingNew: true }
): OutcomeMessage {
  if (outcome.ok) return { key: 'contributions:outcome.nothing_new', values: {} }
  switch (outcome.reason) {
    case 'wrong_kind':
      return { key: `contributions:outcome.wrong_kind_${outcome.kind}`, values: {} }
    case 'other_report':
      return { key: 'contributions:outcome.other_report', values: { title: outcome.reportTitle } }
    default:
      return { key: `contributions:outcome.${outcome.reason}`, values: {} }
  }
}
