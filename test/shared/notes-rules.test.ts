/** Which link addresses a note may carry, and how the link dialog completes what a user typed. */
import { describe, expect, it } from 'vitest'
import { isSafeLinkHref, normalizeLinkHref } from '../../src/shared/notes-rules'

describe('link addresses', () => {
  it('allows only http, https and mailto, however the scheme is disguised', () => {
    expect(isSafeLinkHref('https://valtioneuvosto.fi/')).toBe(true)
    expect(isSafeLinkHref('HTTP://example.fi')).toBe(true)
    expect(isSafeLinkHref('mailto:kirjaamo@gov.fi')).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,x',
      'file:///C:/salainen.docx',
      'vbscript:msgbox',
      '//evil.example',
      '/relative',
      'https://',
      'mailto:'
    ]) {
      expect(isSafeLinkHref(bad), bad).toBe(false)
    }
  })

  it('completes what a user types in the link dialog, and refuses other schemes', () => {
    expect(normalizeLinkHref('www.vm.fi/tekoaly')).toBe('https://www.vm.fi/tekoaly')
    expect(normalizeLinkHref('kirjaamo@gov.fi')).toBe('mailto:kirjaamo@gov.fi')
    expect(normalizeLinkHref(' https://vm.fi ')).toBe('https://vm.fi')
    expect(normalizeLinkHref('javascript:alert(1)')).toBeNull()
    expect(normalizeLinkHref('ftp://files.example')).toBeNull()
    expect(normalizeLinkHref('ei osoite')).toBeNull()
  })
})
