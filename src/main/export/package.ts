/**
 * The package parts around the body: content types, relationships and settings. Relationship ids are fixed
 * (rId1 styles … rId4 header, rIdLink1… for hyperlinks in order of appearance), never random.
 */
import { COLUMN } from './layout'

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

export const CONTENT_TYPES = {
  document: `${WML}.document.main+xml`,
  styles: `${WML}.styles+xml`,
  numbering: `${WML}.numbering+xml`,
  settings: `${WML}.settings+xml`,
  header: `${WML}.header+xml`,
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml'
}

/** [Content_Types].xml for parts by their path, plus defaults by extension (media: png, jpg). */
export function contentTypesXml(
  overrides: [path: string, type: string][],
  defaults: [extension: string, type: string][] = []
): string {
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    overrides.map(([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`).join('') +
    '</Types>'
  )
}

/** _rels/.rels: the document and its three property parts. */
export function packageRelsXml(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>` +
    '</Relationships>'
  )
}

/** word/_rels/document.xml.rels: styles, settings, numbering, the header and the hyperlinks. */
export function documentRelsXml(links: string, withNumbering: boolean): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
    (withNumbering ? `<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>` : '') +
    `<Relationship Id="rId4" Type="${REL}/header" Target="header1.xml"/>` +
    links +
    '</Relationships>'
  )
}

/**
 * word/settings.xml: Word 2013+ layout (no compatibility mode), tab stops on the SFS 2487 grid (23 mm), the
 * document language for themes, and — only with a table of contents — `updateFields`, so Word fills its page
 * numbers when the file is opened.
 */
export function settingsXml(locale: string, updateFields: boolean): string {
  return (
    XML_HEAD +
    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:zoom w:percent="100"/><w:defaultTabStop w:val="${COLUMN}"/>` +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    (updateFields ? '<w:updateFields w:val="true"/>' : '') +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    `<w:themeFontLang w:val="${locale}"/>` +
    (locale.startsWith('en')
      ? '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
      : '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>') +
    '</w:settings>'
  )
}
