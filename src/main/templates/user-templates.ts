/**
 * How user templates are made from other things: a copy of any template, a saved edit, a Word import, an imported
 * file. Pure functions (ids, clock and translations passed in), so the rules are tested without a disk.
 */
import { translate } from '../../shared/i18n'
import {
  LANGUAGES,
  TEMPLATE_SCHEMA_VERSION,
  type Language,
  type LocalText,
  type Template
} from '../../shared/model'
import type { ImportedSection } from './html-sections'

/** A user-editable copy: new id, version 1, names marked as copies (or the given name in every language). */
export function copyOfTemplate(
  source: Template,
  options: { id: string; now: string; name?: string }
): Template {
  const name: LocalText = {}
  for (const language of LANGUAGES) {
    const original = source.name[language]
    if (options.name?.trim()) name[language] = options.name.trim()
    else if (original) name[language] = translate(language, 'templates:copyName', { name: original })
  }
  // Section ids stay: reports made from the copy still match reports made from the original in "what changed".
  return {
    ...structuredClone(source),
    id: options.id,
    version: 1,
    builtIn: false,
    name,
    updatedAt: options.now
  }
}

/**
 * The template as it is stored after an edit: its version one above the stored one, so reports made from the older
 * version keep naming it (they hold their own copies of the sections and never change).
 */
export function editedTemplate(edited: Template, stored: Template | undefined, now: string): Template {
  const version = stored ? Math.max(stored.version, edited.version) + 1 : edited.version
  return { ...edited, builtIn: false, version, updatedAt: now }
}

/** A new user template from the headings of a Word document, written in `language`. */
export function templateFromImportedSections(
  sections: ImportedSection[],
  options: { id: string; now: string; language: Language; name: string; newId: () => string }
): Template {
  const { language } = options
  return {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: options.id,
    version: 1,
    builtIn: false,
    name: { [language]: options.name.trim().slice(0, 300) || translate(language, 'templates:importedName') },
    description: {},
    sections: sections.map((section) => ({
      id: options.newId(),
      title: { [language]: section.title },
      guidance: section.guidance ? { [language]: section.guidance } : {},
      keyFigures: []
    })),
    updatedAt: options.now
  }
}
