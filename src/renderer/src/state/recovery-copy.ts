/**
 * The copy of the open report offered when the window closes with changes that could not be saved. It is the
 * savable report (valid, so import accepts it) plus, when fields were held back, one more section that lists each
 * held-back text and where it was typed — so nothing typed is lost, even text the model refuses in its own field.
 */
import type { TFunction } from 'i18next'
import type { Report } from '../../../shared/model'
import { reportSchema } from '../../../shared/model'
import { maxOf } from '../../../shared/field-rules'
import { newId } from '../../../shared/ids'
import { blankSection } from '../features/editor/section-ops'
import type { FieldPath, HeldBackField } from './held-back'

// The translation of each place in a report, by the key the path names (editor and details forms' own labels).
const LIST_LABELS: Record<string, string> = {
  keyFigures: 'editor:figures.heading',
  actions: 'editor:actions.heading',
  decisions: 'editor:decisions.heading',
  participants: 'details:participants.heading',
  agenda: 'details:agenda.heading'
}
const FIELD_LABELS: Record<string, string> = {
  title: 'details:report.title',
  version: 'details:report.version',
  author: 'details:report.author',
  diaryNumber: 'details:report.diaryNumber',
  organisation: 'details:organisation.label',
  legalBasis: 'details:classification.legalBasis',
  'sections.title': 'editor:section.title',
  'sections.owner': 'editor:section.owner',
  'keyFigures.*': 'editor:figures.*',
  'actions.*': 'editor:actions.*',
  'meeting.*': 'details:meeting.*',
  'participants.*': 'details:participants.*',
  'agenda.text': 'details:agenda.heading'
}

function fieldLabel(list: string | undefined, key: string, t: TFunction): string {
  const exact = FIELD_LABELS[list ? `${list}.${key}` : key] ?? FIELD_LABELS[`${list}.*`]?.replace('*', key)
  return exact ? t(exact) : key
}

/** "Osio 3 (Tekoäly) › Tunnusluvut, rivi 1 › Vuosi" for a path in the report on screen. */
export function describePath(report: Report, path: FieldPath, t: TFunction): string {
  const parts: string[] = []
  let list: string | undefined
  if (path[0] !== 'sections' && path[0] !== 'meeting') parts.push(t('unsaved:recovery.report'))
  path.forEach((step, index) => {
    const next = path[index + 1]
    if (step === 'sections' && typeof next === 'number') {
      const title = report.sections[next]?.title.slice(0, 80) ?? ''
      parts.push(`${t('unsaved:recovery.section', { number: next + 1 })}${title ? ` (${title})` : ''}`)
      list = 'sections'
    } else if (step === 'meeting') {
      parts.push(t('unsaved:recovery.meeting'))
      list = 'meeting'
    } else if (typeof step === 'string' && LIST_LABELS[step] && typeof next === 'number') {
      parts.push(`${t(LIST_LABELS[step])}, ${t('unsaved:recovery.row', { number: next + 1 })}`)
      list = step
    } else if (typeof step === 'string' && index === path.length - 1) {
      parts.push(fieldLabel(list, step, t))
    }
  })
  return parts.join(' › ')
}

function paragraph(text: string) {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }
}

/** The report to save as a file: everything savable, and the held-back texts in a section of their own. */
export function recoveryCopy(shown: Report, savable: Report, held: HeldBackField[], t: TFunction): Report {
  if (held.length === 0) return savable
  const lines = held.map((field) =>
    paragraph(
      t('unsaved:recovery.line', {
        where: describePath(shown, field.path, t),
        // Well inside the notes' cap for one text, so the copy stays a valid report whatever was typed.
        text: field.text.slice(0, 500_000)
      })
    )
  )
  const section = {
    ...blankSection(t('unsaved:recovery.sectionTitle')),
    id: newId(),
    notes: { type: 'doc' as const, content: [paragraph(t('unsaved:recovery.intro')), ...lines] }
  }
  const max = maxOf(reportSchema.shape.sections) ?? Infinity
  // A report at its section cap gets the texts in its last section's notes instead.
  if (savable.sections.length < max) return { ...savable, sections: [...savable.sections, section] }
  const last = savable.sections.at(-1)
  if (!last) return savable
  const notes = { ...last.notes, content: [...(last.notes.content ?? []), ...section.notes.content] }
  return { ...savable, sections: [...savable.sections.slice(0, -1), { ...last, notes }] }
}
