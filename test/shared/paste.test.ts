import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml, isSafeLinkHref, normalizeLinkHref, wordListsToHtml } from '../../src/shared/paste'

const wordHtml = readFileSync(resolve('test/fixtures/paste/word-lists.html'), 'utf8')

/** Squeezes whitespace so assertions read the structure, not Word's line wrapping. */
const squeeze = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim()

describe('cleanPastedHtml with Word clipboard HTML', () => {
  const cleaned = squeeze(cleanPastedHtml(wordHtml))

  it('turns mso-list paragraphs into a real bulleted list nested three levels deep', () => {
    expect(cleaned).toContain(
      '<ul><li><p>Eettiset periaatteet lausunnolla</p>' +
        '<ul><li><p>Lausuntoaika päättyy <i>15.11.2021</i></p>' +
        '<ul><li><p>Vastaukset VM:lle</p></li></ul></li></ul></li>' +
        '<li><p>Lisätietoja:'
    )
  })

  it('turns a numbered Word list into an ordered list and keeps it apart from the bulleted one', () => {
    expect(cleaned).toMatch(/<ol><li><p>Ensimmäinen päätös<\/p><\/li><li><p>Toinen päätös<\/p><\/li><\/ol>/)
    expect(cleaned.indexOf('</ul>')).toBeLessThan(cleaned.indexOf('<ol>'))
  })

  it('drops the bullet characters, styles, classes, comments and Office tags', () => {
    expect(cleaned).not.toMatch(/style=|class=|mso-|<o:p|<!--|<!\[|supportLists|<span|<meta|<style/i)
    expect(cleaned).not.toContain('·')
    expect(cleaned).toContain('<p><b>Tekoäly</b> julkisissa palveluissa:')
  })

  it('keeps an https link and reduces a javascript: link to its text', () => {
    expect(cleaned).toContain('<a href="https://vm.fi/tekoaly">vm.fi/tekoaly</a> ja tästä</p>')
    expect(cleaned).not.toContain('javascript')
  })
})

describe('wordListsToHtml', () => {
  const item = (level: number, marker: string, text: string) =>
    `<p class=MsoListParagraph style='mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}</span><![endif]>${text}</p>`

  it('never nests deeper than three levels, and never skips a level', () => {
    const html = item(1, '·', 'a') + item(3, 'o', 'b') + item(5, '§', 'c')
    expect(squeeze(wordListsToHtml(html))).toBe(
      '<ul><li><p>a</p><ul><li><p>b</p><ul><li><p>c</p></li></ul></li></ul></li></ul>'
    )
  })

  it('leaves ordinary paragraphs as they are, and a paragraph between two list runs splits them', () => {
    const html = item(1, '1.', 'a') + '<p>väli</p>' + item(1, 'a)', 'b')
    expect(squeeze(wordListsToHtml(html))).toBe(
      '<ol><li><p>a</p></li></ol><p>väli</p><ol><li><p>b</p></li></ol>'
    )
  })
})

describe('cleanPastedHtml with web pages', () => {
  it('keeps nested lists and tables but drops scripts, event handlers and unsafe links', () => {
    const html =
      '<div class="article" onclick="steal()"><script>alert(1)</script><ul><li>yksi<ul><li>kaksi</li></ul></li></ul>' +
      '<table style="width:100%"><tr><th>Mittari</th><td colspan="2" onmouseover="x()">72 %</td></tr></table>' +
      '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="java&#x09;script:alert(1)">tab</a></div>'
    const cleaned = squeeze(cleanPastedHtml(html))
    expect(cleaned).toBe(
      '<div><ul><li>yksi<ul><li>kaksi</li></ul></li></ul>' +
        '<table><tr><th>Mittari</th><td colspan="2">72 %</td></tr></table>data tab</div>'
    )
  })
})

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
