import { describe, expect, it } from 'vitest'
import {
  addSection,
  draftProblem,
  moveSection,
  newSection,
  removeKeyFigure,
  removeSection,
  setLocal,
  updateKeyFigure
} from '../../../src/renderer/src/features/templates/template-draft'
import { userTemplate } from './render-templates'

const ids = (template: { sections: { id: string }[] }) => template.sections.map((s) => s.id)

describe('template draft edits', () => {
  it('sets one language and drops a language that was emptied, so other languages show through', () => {
    expect(setLocal({ fi: 'Tausta' }, 'sv', 'Bakgrund')).toEqual({ fi: 'Tausta', sv: 'Bakgrund' })
    expect(setLocal({ fi: 'Tausta', sv: 'Bakgrund' }, 'sv', '')).toEqual({ fi: 'Tausta' })
  })

  it('moves a section up and down, and not past either end', () => {
    const template = userTemplate()
    expect(ids(moveSection(template, 's2', -1))).toEqual(['s2', 's1'])
    expect(ids(moveSection(template, 's1', 1))).toEqual(['s2', 's1'])
    expect(moveSection(template, 's1', -1)).toBe(template)
    expect(moveSection(template, 's2', 1)).toBe(template)
    expect(moveSection(template, 'missing', 1)).toBe(template)
  })

  it('adds after a given section or at the end, and removes', () => {
    const template = userTemplate()
    const added = newSection('sv', 'Nytt avsnitt')
    expect(added.title).toEqual({ sv: 'Nytt avsnitt' })
    expect(ids(addSection(template, added, 's1'))).toEqual(['s1', added.id, 's2'])
    expect(ids(addSection(template, added))).toEqual(['s1', 's2', added.id])
    expect(ids(removeSection(template, 's1'))).toEqual(['s2'])
  })

  it('edits and removes key figures by position', () => {
    const section = {
      id: 's',
      title: { fi: 'x' },
      guidance: {},
      keyFigures: [
        { indicator: { fi: 'A' }, target: '', unit: '', year: '', source: {} },
        { indicator: { fi: 'B' }, target: '', unit: '', year: '', source: {} }
      ]
    }
    expect(updateKeyFigure(section, 1, (f) => ({ ...f, target: '80' })).keyFigures[1]?.target).toBe('80')
    expect(removeKeyFigure(section, 0).keyFigures.map((f) => f.indicator.fi)).toEqual(['B'])
  })

  it('requires a name and a title for every section in some language', () => {
    expect(draftProblem(userTemplate())).toBeNull()
    expect(draftProblem(userTemplate({ name: { fi: '  ' } }))).toBe('no_name')
    expect(draftProblem(userTemplate({ name: { en: 'Mine' } }))).toBeNull()
    const untitled = userTemplate({
      sections: [{ id: 'x', title: { sv: '' }, guidance: {}, keyFigures: [] }]
    })
    expect(draftProblem(untitled)).toBe('untitled_section')
  })
})
