/** Default names in the save dialogs are safe on every desktop, whatever the title holds. */
import { describe, expect, it } from 'vitest'
import { fileNameFor } from '../../../src/main/services/reports'
import { templateFileName } from '../../../src/main/templates/template-file'

describe('default file names for sending a report or a template', () => {
  it('keeps Finnish titles readable', () => {
    expect(fileNameFor('Tilannekuva – digitalisaatio 25.10.2021')).toBe(
      'Tilannekuva – digitalisaatio 25.10.2021.tilannekuva.json'
    )
    expect(templateFileName('Ministeriön oma pohja')).toBe('Ministeriön oma pohja.tilannekuva-template.json')
  })

  it('removes characters Windows refuses and never yields a reserved device name', () => {
    expect(fileNameFor('a<b>:"c/d\\e|f?g*')).toBe('a b c d e f g.tilannekuva.json')
    expect(fileNameFor('CON')).toBe('tilannekuva.tilannekuva.json')
    expect(templateFileName('nul')).toBe('pohja.tilannekuva-template.json')
    expect(fileNameFor('...')).toBe('tilannekuva.tilannekuva.json')
    expect(fileNameFor('\u0000\uFFFF')).toBe('tilannekuva.tilannekuva.json')
  })
})
