import { describe, expect, it } from 'vitest'
import { translate } from '../../../src/shared/i18n'
import { LANGUAGES } from '../../../src/shared/model'
import { outcomeMessage } from '../../../src/shared/contributions/messages'
import type { ContributionFailure } from '../../../src/shared/contributions/parse'

const failures: Parameters<typeof outcomeMessage>[0][] = [
  { ok: false, reason: 'not_a_contribution' },
  { ok: false, reason: 'damaged', detail: 'not JSON' },
  { ok: false, reason: 'newer_format', formatVersion: 2 },
  { ok: false, reason: 'wrong_kind', kind: 'request' },
  { ok: false, reason: 'wrong_kind', kind: 'reply' },
  { ok: false, reason: 'other_report', reportId: 'R2', reportTitle: 'Tilannekuva 3/2026' },
  { ok: false, reason: 'tampered' },
  { ok: false, reason: 'already_merged' },
  { ok: true, nothingNew: true }
] satisfies (ContributionFailure | Parameters<typeof outcomeMessage>[0])[]

describe('messages for contribution files that cannot be used', () => {
  it.each(LANGUAGES)('say in %s what happened and that nothing was changed', (language) => {
    const texts = failures.map((failure) => {
      const { key, values } = outcomeMessage(failure)
      return translate(language, key, values)
    })
    // A missing key would come back as the key itself.
    texts.forEach((text) => expect(text).not.toMatch(/^contributions:/))
    expect(new Set(texts).size).toBe(failures.length)
    const nothingChanged = {
      fi: /Mitään ei (muutettu|tuotu)/,
      sv: /Inget (ändrades|importerades)/,
      en: /Nothing was (changed|imported)/
    }
    texts.forEach((text) => expect(text).toMatch(nothingChanged[language]))
    expect(texts[5]).toContain('Tilannekuva 3/2026')
  })
})
