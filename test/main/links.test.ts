import { describe, expect, it } from 'vitest'
import { safeExternalUrl } from '../../src/main/links'

describe('safeExternalUrl', () => {
  it.each([
    ['https://vm.fi/hankkeet', 'https://vm.fi/hankkeet'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['  https://www.suomi.fi  ', 'https://www.suomi.fi/'],
    ['mailto:kirjaamo@vm.fi', 'mailto:kirjaamo@vm.fi']
  ])('opens web and mail links: %s', (input, expected) => {
    expect(safeExternalUrl(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/secret.docx',
    'data:text/html,<script>alert(1)</script>',
    '\\\\server\\share\\file.docx',
    '//server/share',
    'smb://server/share',
    'ms-word:ofe|u|https://evil.example/x.docx',
    'vbscript:msgbox(1)',
    'app://tilannekuva/index.html',
    'https://user:secret@vm.fi/',
    'https://vm.fi/\u0000evil',
    'mailto:',
    'not a url',
    '',
    42,
    null
  ])('refuses %s', (input) => {
    expect(safeExternalUrl(input)).toBeNull()
  })
})
