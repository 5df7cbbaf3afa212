/**
 * i18next in the main process: one instance over the same resource files as the renderer, with keys typed by the
 * Finnish files — the `@ts-expect-error` lines fail `npm run typecheck` if a missing key ever stops being an error.
 */
import { describe, expect, it } from 'vitest'
import { resources, translate, translator } from '../../src/shared/i18n'

describe('translations in the main process', () => {
  it('reads the same resources as the renderer, in every language', () => {
    expect(translator('fi', 'document')('documentName')).toBe('TILANNEKUVA')
    expect(translator('sv', 'document')('documentName')).toBe('LÄGESBILD')
    expect(translator('en', 'document')('labels.agenda')).toBe('Agenda')
    expect(translator('sv', 'common')('status.needs_attention')).toBe(
      (resources.sv.common as { status: Record<string, string> }).status.needs_attention
    )
  })

  it('fills placeholders', () => {
    expect(translator('fi', 'document')('emptySections', { names: 'A, B' })).toBe(
      'Osiot, joissa ei ole vielä sisältöä, on jätetty pois: A, B.'
    )
    expect(translate('fi', 'main:menu.about', { appName: 'Tilannekuva' })).toBe(
      'Tietoja sovelluksesta Tilannekuva'
    )
  })

  it('keeps the untyped door for keys built at run time: common by default, the key itself when missing', () => {
    expect(translate('sv', 'appName')).toBe('Lägesbild')
    expect(translate('en', `main:menu.${'quit'}`)).toBe('Quit')
    expect(translate('fi', 'main:menu.noSuchItem')).toBe('main:menu.noSuchItem')
  })

  it('types its keys: a key missing from the Finnish file does not compile', () => {
    const t = translator('fi', 'document')
    // @ts-expect-error — no such key in locales/fi/document.json
    expect(t('labels.noSuchLabel')).toBe('labels.noSuchLabel')
    // @ts-expect-error — a namespace the main process does not read
    expect(() => translator('fi', 'editor')).not.toThrow()
  })
})
