/**
 * The document properties (docProps/core.xml, app.xml, custom.xml), the same whichever way the document is made —
 * the app's own layout or an organisation template: title, subject, author, the language (dc:language: archives and
 * accessibility checkers read it), created and modified from the report (not the template file's own dates), and
 * the classification marking and diary number as custom properties, because screen readers skip page headers.
 */
import type { Report } from '../../shared/model'
import { plainText } from './clean'
import { formatDate } from '../../shared/dates'
import { markingText } from './marking'
import { esc } from './wml'
import type { DocumentWords } from './words'

export interface DocumentProperties {
  title: string
  subject: string
  creator: string
  keywords: string
  description: string
  language: string
  /** e.g. "LUONNOS" or "Valmis". */
  contentStatus: string
  category: string
  created: string
  modified: string
  revision: number
  company: string
  custom: [name: string, value: string][]
}

/** The properties of `report` exported in `words`' language. */
export function documentProperties(report: Report, words: DocumentWords): DocumentProperties {
  const marking = markingText(report.classification, words)
  const organisation = words.organisation(report.organisation)
  const text = (value: string) => plainText(value).trim()
  return {
    title: text(report.title) || words.t('documentKind'),
    subject: [text(report.meeting.name), formatDate(report.meeting.date, words.language)]
      .filter(Boolean)
      .join(' '),
    creator: text(report.author),
    keywords: [words.t('documentKind'), marking, text(report.diaryNumber), text(organisation)]
      .filter(Boolean)
      .join('; '),
    description: marking,
    language: words.locale,
    contentStatus: report.state === 'draft' ? words.t('draft') : words.reportState('final'),
    category: marking,
    created: report.createdAt,
    modified: report.updatedAt,
    revision: report.revision,
    company: text(organisation),
    custom: [
      ['Classification', marking],
      ['DiaryNumber', text(report.diaryNumber)],
      ['ReportState', words.reportState(report.state)],
      ['Language', words.locale]
    ]
  }
}

// W3CDTF as Word writes it: seconds precision, UTC.
function w3cdtf(iso: string): string {
  const date = new Date(iso)
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

/** docProps/core.xml. */
export function coreXml(p: DocumentProperties): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(p.title)}</dc:title>` +
    `<dc:subject>${esc(p.subject)}</dc:subject>` +
    `<dc:creator>${esc(p.creator)}</dc:creator>` +
    `<cp:keywords>${esc(p.keywords)}</cp:keywords>` +
    `<dc:description>${esc(p.description)}</dc:description>` +
    `<dc:language>${esc(p.language)}</dc:language>` +
    `<cp:category>${esc(p.category)}</cp:category>` +
    `<cp:contentStatus>${esc(p.contentStatus)}</cp:contentStatus>` +
    `<cp:lastModifiedBy>${esc(p.creator)}</cp:lastModifiedBy>` +
    `<cp:revision>${Math.max(1, Math.floor(p.revision))}</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** docProps/app.xml: the application and the organisation. */
export function appXml(p: DocumentProperties): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Tilannekuva</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<Company>${esc(p.company)}</Company>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  )
}

/** docProps/custom.xml: marking, diary number, state and language as named properties. */
export function customXml(p: DocumentProperties): string {
  const properties = p.custom
    .map(
      ([name, value], index) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${esc(name)}"><vt:lpwstr>${esc(value)}</vt:lpwstr></property>`
    )
    .join('')
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"' +
    ` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`
  )
}
