import { describe, expect, it } from 'vitest'
import { localText } from '../../../src/shared/templates/local-text'

describe('localText', () => {
  it('returns the text in the requested language', () => {
    expect(localText({ fi: 'Tausta', sv: 'Bakgrund', en: 'Background' }, 'sv')).toBe('Bakgrund')
  })

  it('falls back to another language when the requested one is missing or blank', () => {
    expect(localText({ fi: 'Tausta' }, 'en')).toBe('Tausta')
    expect(localText({ fi: '  ', sv: 'Bakgrund' }, 'fi')).toBe('Bakgrund')
    expect(localText({ en: 'Background' }, 'sv')).toBe('Background')
  })

  it('returns an empty string when there is no text at all', () => {
    expect(localText({}, 'fi')).toBe('')
    expect(localText(undefined, 'fi')).toBe('')
  })
})
