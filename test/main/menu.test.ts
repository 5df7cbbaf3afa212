import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuOptions } from '../../src/main/menu'
import { resources, translate } from '../../src/shared/i18n'
import { LANGUAGES, type Language } from '../../src/shared/model'

type Item = MenuItemConstructorOptions

function items(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function build(language: Language, overrides: Partial<MenuOptions> = {}) {
  const onCommand = vi.fn()
  const template = buildMenuTemplate(
    { platform: 'win32', appName: 'Tilannekuva', isDev: false, onCommand, ...overrides },
    (key, values) => translate(language, `main:${key}`, values)
  )
  return { template, all: items(template), onCommand }
}

/** The Help menu's items (the last menu on every platform). */
function helpItems(template: Item[]): Item[] {
  return items(template.slice(-1))
}

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('the application menu', () => {
  it('has the standard editing roles, so undo, clipboard and select all work in every text field', () => {
    const roles = build('fi').all.map((item) => item.role)
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const) {
      expect(roles).toContain(role)
    }
  })

  it.each(LANGUAGES)('is fully translated in %s', (language) => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const { all } = build(language, { platform, isDev: true })
      for (const item of all.filter((entry) => entry.type !== 'separator')) {
        expect(item.label, JSON.stringify(item.role ?? item.accelerator)).toBeTruthy()
        expect(item.label).not.toMatch(/^menu\.|main:|\{\{/)
      }
    }
  })

  it('speaks the UI language: Finnish, Swedish and English labels differ', () => {
    const labels = (language: Language) => build(language).template.map((item) => item.label)
    expect(labels('fi')).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ohje'])
    expect(labels('sv')).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    expect(labels('en')).toEqual(['File', 'Edit', 'View', 'Help'])
    const undo = (language: Language) => build(language).all.find((item) => item.role === 'undo')?.label
    expect([undo('fi'), undo('sv'), undo('en')]).toEqual(['Kumoa', 'Ångra', 'Undo'])
  })

  it('has the same keys in every language file', () => {
    const expected = keys(resources.fi.main ?? {}).sort()
    expect(expected.length).toBeGreaterThan(20)
    expect(keys(resources.sv.main ?? {}).sort()).toEqual(expected)
    expect(keys(resources.en.main ?? {}).sort()).toEqual(expected)
  })

  it('sends app commands to the renderer, with F1 for help', () => {
    const { all, onCommand, template } = build('en')
    const click = (label: string) => {
      const item = all.find((entry) => entry.label === label)
      ;(item?.click as () => void)()
      return item
    }
    expect(click('User guide')?.accelerator).toBe('F1')
    expect(click('New situation report')?.accelerator).toBe('CmdOrCtrl+N')
    click('Export as Word document…')
    click('Import report…')
    click('Save')
    click('Settings…')
    click('Templates')
    expect(helpItems(template).map((item) => item.label)).toContain('About Tilannekuva')
    click('About Tilannekuva')
    expect(onCommand.mock.calls.flat()).toEqual([
      'help',
      'new-report',
      'export-docx',
      'import-report',
      'save',
      'settings',
      'templates',
      'about'
    ])
  })

  it('on macOS starts with the app menu and keeps quit and settings there', () => {
    const { template } = build('fi', { platform: 'darwin' })
    expect(template[0]?.label).toBe('Tilannekuva')
    const appItems = items(template.slice(0, 1))
    expect(appItems.map((item) => item.role)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']))
    expect(appItems.find((item) => item.role === 'about')?.label).toBe('Tietoja sovelluksesta Tilannekuva')
    expect(items(template.slice(1)).some((item) => item.role === 'quit')).toBe(false)
  })

  it('offers reload and DevTools only in development', () => {
    expect(build('en').all.some((item) => item.role === 'toggleDevTools')).toBe(false)
    expect(build('en', { isDev: true }).all.some((item) => item.role === 'toggleDevTools')).toBe(true)
  })
})
