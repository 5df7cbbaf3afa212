/**
 * docProps/core.xml written by us: docx's own has no dc:language, and the document language belongs there too
 * (accessibility checkers and archives read it). Also carries the classification marking in the keywords and
 * content status, because screen readers skip page headers.
 */

export interface CoreProperties {
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
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// W3CDTF as Word writes it: seconds precision, UTC.
function w3cdtf(iso: string): string {
  const date = new Date(iso)
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The XML of docProps/core.xml. */
export function corePropertiesXml(p: CoreProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title>` +
    `<dc:subject>${escapeXml(p.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(p.creator)}</dc:creator>` +
    `<cp:keywords>${escapeXml(p.keywords)}</cp:keywords>` +
    `<dc:description>${escapeXml(p.description)}</dc:description>` +
    `<dc:language>${escapeXml(p.language)}</dc:language>` +
    `<cp:category>${escapeXml(p.category)}</cp:category>` +
    `<cp:contentStatus>${escapeXml(p.contentStatus)}</cp:contentStatus>` +
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>` +
    `<cp:revision>${Math.max(1, Math.floor(p.revision))}</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}
