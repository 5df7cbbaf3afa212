/**
 * The styles part of the exported document. Real named styles (Title, Heading 1–3, List Bullet, List Number, a table
 * style) are what make Word's navigation pane, the accessibility checker and screen readers work. Every style the
 * document names is defined here — Word's own defaults (Normal, Default Paragraph Font, Normal Table, No List)
 * included — so no part refers to a style that does not exist. Calibri is on every Windows and macOS Office
 * install; LibreOffice substitutes the metric-compatible Carlito, so pages break in the same places.
 */
import { HANG, TEXT_WIDTH } from './layout'

export const FONT = 'Calibri'
export const CODE_FONT = 'Consolas'
const ACCENT = '1F3864'
export const MARKING_RED = 'C00000'
export const TABLE_STYLE = 'ReportTable'

const W = (id: string, type: string, name: string, body: string, extra = ''): [string, string] => [
  id,
  `<w:style w:type="${type}"${extra} w:styleId="${id}"><w:name w:val="${name}"/>${body}</w:style>`
]

interface ParaStyle {
  basedOn?: string
  next?: string
  pPr?: string
  rPr?: string
  hidden?: boolean
}

// Child order of CT_Style: name, aliases, basedOn, next, link, autoRedefine, hidden, uiPriority, semiHidden,
// unhideWhenUsed, qFormat, locked, personal…, rsid, pPr, rPr, tblPr, trPr, tcPr, tblStylePr.
function paragraphStyle(id: string, name: string, s: ParaStyle): [string, string] {
  const body =
    `<w:basedOn w:val="${s.basedOn ?? 'Normal'}"/>` +
    `<w:next w:val="${s.next ?? 'Normal'}"/>` +
    (s.hidden ? '<w:semiHidden/><w:unhideWhenUsed/>' : '<w:qFormat/>') +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '')
  return W(id, 'paragraph', name, body)
}

const fontRun = (size: number, bold = false, color?: string): string =>
  (bold ? '<w:b/><w:bCs/>' : '') +
  (color ? `<w:color w:val="${color}"/>` : '') +
  `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`

// Headings hang at the 20 mm margin (SFS 2487), keep with the next paragraph and are never split.
function heading(level: number, size: number, before: number, hang: number): [string, string] {
  return paragraphStyle(`Heading${level}`, `heading ${level}`, {
    pPr: `<w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:ind w:left="${hang}"/><w:outlineLvl w:val="${level - 1}"/>`,
    rPr: fontRun(size, true, ACCENT)
  })
}

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>`

// Word's "Table Grid"-like style with a shaded, bold header row; thin grey borders so tables read as data.
const reportTable = W(
  TABLE_STYLE,
  'table',
  'Report Table',
  '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>' +
    '<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
    '<w:tblStylePr w:type="firstRow"><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>' +
    '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>'
)

const tocEntry = (level: number): [string, string] =>
  paragraphStyle(`TOC${level}`, `toc ${level}`, {
    hidden: true,
    pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="${(level - 1) * 283}"/>`
  })

/**
 * Every style of the app's document by id, in the order they are written. `hang` is how far headings reach out
 * to the left of the body: the SFS 2487 margin in the app's own layout, none in an organisation's template.
 */
export function appStyles(hang = HANG): Map<string, string> {
  return new Map([
    W('Normal', 'paragraph', 'Normal', '<w:qFormat/>', ' w:default="1"'),
    W(
      'DefaultParagraphFont',
      'character',
      'Default Paragraph Font',
      '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>',
      ' w:default="1"'
    ),
    W(
      'TableNormal',
      'table',
      'Normal Table',
      '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
      ' w:default="1"'
    ),
    W(
      'NoList',
      'numbering',
      'No List',
      '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
      ' w:default="1"'
    ),
    paragraphStyle('Title', 'Title', {
      pPr: `<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:ind w:left="${hang}"/>`,
      rPr: fontRun(36, true, ACCENT)
    }),
    paragraphStyle('Subtitle', 'Subtitle', {
      pPr: `<w:spacing w:after="80"/><w:ind w:left="${hang}"/>`,
      rPr: fontRun(24, false, '404040')
    }),
    heading(1, 28, 360, hang),
    heading(2, 24, 240, hang),
    heading(3, 22, 200, hang),
    paragraphStyle('ListBullet', 'List Bullet', { pPr: '<w:spacing w:after="60"/>' }),
    paragraphStyle('ListNumber', 'List Number', { pPr: '<w:spacing w:after="60"/>' }),
    paragraphStyle('Quote', 'Quote', {
      pPr: '<w:ind w:left="567" w:right="567"/>',
      rPr: '<w:i/><w:iCs/><w:color w:val="404040"/>'
    }),
    paragraphStyle('Code', 'Code', {
      pPr: '<w:spacing w:after="0"/>',
      rPr: `<w:rFonts w:ascii="${CODE_FONT}" w:hAnsi="${CODE_FONT}" w:cs="${CODE_FONT}"/>${fontRun(20)}`
    }),
    paragraphStyle('Marking', 'Classification Marking', {
      pPr: `<w:spacing w:after="40"/><w:ind w:left="${hang}"/>`,
      rPr: `<w:b/><w:bCs/><w:color w:val="${MARKING_RED}"/>`
    }),
    paragraphStyle('DraftMark', 'Draft Mark', {
      pPr: `<w:spacing w:after="120"/><w:ind w:left="${hang}"/>`,
      rPr: `<w:b/><w:bCs/><w:color w:val="${MARKING_RED}"/><w:sz w:val="28"/><w:szCs w:val="28"/>`
    }),
    paragraphStyle('Details', 'Document Details', { pPr: '<w:spacing w:after="40"/>' }),
    paragraphStyle('StatusLine', 'Status Line', {
      pPr: '<w:keepNext/><w:spacing w:after="120"/>',
      rPr: fontRun(20)
    }),
    paragraphStyle('TableText', 'Table Text', {
      pPr: '<w:spacing w:before="20" w:after="20"/>',
      rPr: fontRun(20)
    }),
    paragraphStyle('BlockHeading', 'Block Heading', {
      pPr: `<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:left="${hang}"/>`,
      rPr: fontRun(24, true)
    }),
    paragraphStyle('TOCHeading', 'TOC Heading', {
      basedOn: 'BlockHeading',
      pPr: '<w:keepNext/>'
    }),
    tocEntry(1),
    tocEntry(2),
    tocEntry(3),
    paragraphStyle('Header', 'header', {
      hidden: true,
      pPr: `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="${hang}"/>`,
      rPr: fontRun(18)
    }),
    paragraphStyle('Footer', 'footer', { hidden: true, pPr: '<w:spacing w:after="0"/>', rPr: fontRun(18) }),
    W(
      'Hyperlink',
      'character',
      'Hyperlink',
      '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
    ),
    W(
      'Strong',
      'character',
      'Strong',
      '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr>'
    ),
    reportTable
  ])
}

/** The whole styles part, with the document language `locale` (e.g. fi-FI) on the defaults. */
export function stylesXml(locale: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>` +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${locale}" w:eastAsia="${locale}" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    [...appStyles().values()].join('') +
    '</w:styles>'
  )
}
