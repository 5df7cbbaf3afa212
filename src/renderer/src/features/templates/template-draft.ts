/**
 * Pure edits of a template being edited. The editor keeps a draft and applies these; nothing reaches the disk until
 * the user saves (templates.save then bumps the version), so a half-edited template never changes a report.
 */
import type {
  Language,
  LocalText,
  Template,
  TemplateKeyFigure,
  TemplateSection
} from '../../../../shared/model'
import { newId } from '../../../../shared/ids'

/** Sets one language of a multilingual text; an emptied language is dropped so fallbacks keep working. */
export function setLocal(text: LocalText, language: Language, value: string): LocalText {
  const next = { ...text }
  if (value === '') delete next[language]
  else next[language] = value
  return next
}

/** A new, empty section titled in the language being edited. */
export function newSection(language: Language, title: string): TemplateSection {
  return { id: newId(), title: { [language]: title }, guidance: {}, keyFigures: [] }
}

/** An empty key figure row. */
export function newKeyFigure(): TemplateKeyFigure {
  return { indicator: {}, target: '', unit: '', year: '', source: {} }
}

/** Replaces the section with `sectionId` by `change(section)`. */
export function updateSection(
  template: Template,
  sectionId: string,
  change: (section: TemplateSection) => TemplateSection
): Template {
  return {
    ...template,
    sections: template.sections.map((section) => (section.id === sectionId ? change(section) : section))
  }
}

/** Adds a section after `afterId` (or at the end). */
export function addSection(template: Template, section: TemplateSection, afterId?: string): Template {
  const index = afterId === undefined ? -1 : template.sections.findIndex((s) => s.id === afterId)
  const sections = [...template.sections]
  sections.splice(index < 0 ? sections.length : index + 1, 0, section)
  return { ...template, sections }
}

/** Removes the section with `sectionId`. */
export function removeSection(template: Template, sectionId: string): Template {
  return { ...template, sections: template.sections.filter((section) => section.id !== sectionId) }
}

/** Moves a section one place up (-1) or down (+1); at either end nothing changes (same object back). */
export function moveSection(template: Template, sectionId: string, by: -1 | 1): Template {
  const from = template.sections.findIndex((section) => section.id === sectionId)
  const to = from + by
  if (from < 0 || to < 0 || to >= template.sections.length) return template
  const sections = [...template.sections]
  const [moved] = sections.splice(from, 1)
  sections.splice(to, 0, moved as TemplateSection)
  return { ...template, sections }
}

/** Replaces key figure `index` of a section. */
export function updateKeyFigure(
  section: TemplateSection,
  index: number,
  change: (figure: TemplateKeyFigure) => TemplateKeyFigure
): TemplateSection {
  return {
    ...section,
    keyFigures: section.keyFigures.map((figure, i) => (i === index ? change(figure) : figure))
  }
}

/** Removes key figure `index` of a section. */
export function removeKeyFigure(section: TemplateSection, index: number): TemplateSection {
  return { ...section, keyFigures: section.keyFigures.filter((_, i) => i !== index) }
}

/** Why the draft cannot be saved yet, or null: a template needs a name and every section a title (any language). */
export function draftProblem(template: Template): 'no_name' | 'untitled_section' | null {
  const filled = (text: LocalText) => Object.values(text).some((value) => (value ?? '').trim() !== '')
  if (!filled(template.name)) return 'no_name'
  if (template.sections.some((section) => !filled(section.title))) return 'untitled_section'
  return null
}
