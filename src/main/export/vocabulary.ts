/**
 * The words of the exported document in fi, sv and en. This is document text in the report's language, not UI text,
 * so it lives with the exporter rather than in the renderer's i18n namespaces.
 */
import type {
  ActionState,
  ClassificationLevel,
  Language,
  MinistryCode,
  ReportState,
  Status,
  Trend
} from '../../shared/model'
import { en } from './vocabulary-en'
import { fi } from './vocabulary-fi'
import { sv } from './vocabulary-sv'

export interface Vocabulary {
  /** BCP 47 tag used for Intl and for the document language (w:lang, dc:language). */
  locale: string
  documentKind: string
  draft: string
  states: Record<ReportState, string>
  statuses: Record<Status, string>
  trends: Record<Trend, string>
  actionStates: Record<ActionState, string>
  classification: Record<Exclude<ClassificationLevel, 'none'>, string>
  legalBasis: string
  ministries: Record<MinistryCode, string>
  labels: {
    organisation: string
    meeting: string
    date: string
    time: string
    place: string
    chair: string
    secretary: string
    diaryNumber: string
    version: string
    author: string
    participants: string
    name: string
    title: string
    contents: string
    overview: string
    section: string
    status: string
    trend: string
    owner: string
    openActions: string
    previousToNow: string
    notes: string
    keyFigures: string
    indicator: string
    value: string
    previousValue: string
    target: string
    unit: string
    year: string
    source: string
    decisions: string
    actions: string
    what: string
    who: string
    due: string
    state: string
    allOpenActions: string
    guidance: string
    agenda: string
    page: string
    noSections: string
  }
}

const vocabularies: Record<Language, Vocabulary> = { fi, sv, en }

/** The document words for a language. */
export function vocabulary(language: Language): Vocabulary {
  return vocabularies[language]
}

/** The organisation's name in the document language: a ministry code becomes its name; free text stays as written. */
export function organisationName(organisation: string, words: Vocabulary): string {
  const code = organisation.trim().toUpperCase()
  return Object.prototype.hasOwnProperty.call(words.ministries, code)
    ? words.ministries[code as MinistryCode]
    : organisation.trim()
}
