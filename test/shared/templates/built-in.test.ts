import { describe, expect, it } from 'vitest'
import { LANGUAGES, templateSchema } from '../../../src/shared/model'
import { BUILT_IN_TEMPLATES, findBuiltInTemplate, isBuiltInTemplateId } from '../../../src/shared/templates'

describe('built-in templates', () => {
  it('are valid templates, marked built-in, with unique ids', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(templateSchema.parse(template)).toEqual(template)
      expect(template.builtIn).toBe(true)
    }
    const ids = BUILT_IN_TEMPLATES.map((template) => template.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(['digitalisation', 'meeting-status'])
  })

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s has a name and, for every section, a title and 2–4 sentences of guidance in fi, sv and en',
    (_, template) => {
      for (const language of LANGUAGES) {
        expect(template.name[language]?.trim()).toBeTruthy()
        for (const section of template.sections) {
          expect(section.title[language]?.trim(), `${section.id} title ${language}`).toBeTruthy()
          const guidance = section.guidance[language] ?? ''
          const sentences = guidance.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '')
          expect(sentences.length, `${section.id} guidance ${language}`).toBeGreaterThanOrEqual(2)
          expect(sentences.length, `${section.id} guidance ${language}`).toBeLessThanOrEqual(4)
        }
      }
    }
  )

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s has the same key figures in every language, each with indicator and source text',
    (_, template) => {
      for (const section of template.sections) {
        for (const figure of section.keyFigures) {
          for (const language of LANGUAGES) {
            expect(figure.indicator[language]?.trim()).toBeTruthy()
            expect(figure.source[language]?.trim()).toBeTruthy()
          }
        }
      }
    }
  )

  it('gives the digitalisation template the thirteen sections of the domain, in order', () => {
    const template = findBuiltInTemplate('digitalisation')
    expect(template?.sections.map((section) => section.title.en)).toEqual([
      'Summary',
      'International comparison',
      'Government programme goals and projects',
      'Digital public services',
      'Artificial intelligence',
      'Data economy and data sharing',
      'Digital identity',
      'Skills and infrastructure',
      'Legislation and information security',
      'Funding and resources',
      'Leadership and coordination',
      "Businesses' digital transformation",
      'Decisions and follow-up actions'
    ])
    expect(template?.sections.map((section) => section.title.fi)).toContain('Päätökset ja jatkotoimenpiteet')
  })

  it('puts the Digital Decade 2030 targets on sections 2, 4, 7, 8 and 11 only', () => {
    const template = findBuiltInTemplate('digitalisation')!
    const withFigures = template.sections.flatMap((section, index) =>
      section.keyFigures.length ? [index + 1] : []
    )
    expect(withFigures).toEqual([2, 4, 7, 8, 11])
    const figures = template.sections.flatMap((section) => section.keyFigures)
    for (const figure of figures) {
      expect(figure.year).toBe('2030')
      expect(figure.target).not.toBe('')
      expect(figure.source.fi).toBe('EU:n digitaalinen vuosikymmen 2030 (päätös (EU) 2022/2481)')
    }
    const skills = template.sections[7]!.keyFigures.find((figure) =>
      figure.indicator.en?.includes('basic digital')
    )
    expect(skills).toMatchObject({ target: '80', unit: '%' })
    const eid = template.sections[6]!.keyFigures[0]
    expect(eid).toMatchObject({ target: '100', unit: '%' })
  })

  it('knows which ids are built in', () => {
    expect(isBuiltInTemplateId('meeting-status')).toBe(true)
    expect(isBuiltInTemplateId('my-template')).toBe(false)
    expect(findBuiltInTemplate('digitalisation')?.name.sv).toBe(
      'Digitaliseringen av den offentliga förvaltningen — lägesbild'
    )
  })
})
