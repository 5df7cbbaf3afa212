/** Each reason a data folder opens read-only has its own message in fi, sv and en (not "another window" for all). */
import { describe, expect, it } from 'vitest'
import { FOLDER_READ_ONLY_REASONS } from '../../src/shared/contract'
import { translate } from '../../src/shared/i18n'
import { LANGUAGES } from '../../src/shared/model'

describe.each(LANGUAGES)('read-only messages in %s', (language) => {
  it('the report view and the settings view say the true reason', () => {
    const texts = FOLDER_READ_ONLY_REASONS.map((reason) => translate(language, `readOnly.${reason}`))
    const settings = FOLDER_READ_ONLY_REASONS.map((reason) =>
      translate(language, `settings:readOnlyReason.${reason}`)
    )
    for (const text of [...texts, ...settings]) expect(text).not.toMatch(/^(settings:)?readOnly/)
    expect(new Set(texts).size).toBe(FOLDER_READ_ONLY_REASONS.length)
    expect(new Set(settings).size).toBe(FOLDER_READ_ONLY_REASONS.length)
  })
})

describe.each(LANGUAGES)('start-up problems in %s', (language) => {
  it('a file left in place (unreadable, too large, not a file) has its own message naming the file', () => {
    for (const kind of ['unreadable', 'too_large', 'not_a_file']) {
      expect(translate(language, `library:problem.${kind}`, { file: 'reports/x.json' })).toContain(
        'reports/x.json'
      )
    }
  })
})
