/**
 * The workbook embedded with a chart (`word/embeddings/chartN.xlsx`), so Word's "Edit data" opens the chart's data
 * in Excel: one sheet laid out as Word lays out a new chart's data — categories down column A, one series per
 * column from B, names in row 1 — matching the ranges the chart part refers to. The fewest SpreadsheetML parts
 * Excel accepts; text as inline strings (no shared-strings part to keep in step); numbers in the chart's format.
 * Zipped by yazl with the report's time, like the document, so the same report gives the same bytes.
 */
import { columnLetter, type LineChartSpec } from './chart-xml'
import { esc } from './wml'
import { zipParts } from './zip'

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml'

/** Excel's default name of the first sheet in each language, as a new chart's workbook has it. */
export const SHEET_NAMES: Record<string, string> = { fi: 'Taul1', sv: 'Blad1', en: 'Sheet1' }

const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`

function sheetXml(spec: LineChartSpec): string {
  const columns = spec.lines.length + 1
  const rows = spec.categories.length + 1
  let xml =
    `${HEAD}<worksheet xmlns="${SML}"><dimension ref="A1:${columnLetter(columns - 1)}${rows}"/>` +
    '<cols><col min="1" max="1" width="18" customWidth="1"/></cols><sheetData><row r="1">'
  spec.lines.forEach((line, index) => (xml += text(`${columnLetter(index + 1)}1`, line.name)))
  xml += '</row>'
  spec.categories.forEach((category, row) => {
    const r = row + 2
    xml += `<row r="${r}">${text(`A${r}`, category)}`
    spec.lines.forEach((line, index) => {
      const value = line.values[row]
      // An empty cell is a gap, as in the chart; never a zero.
      if (value !== null && value !== undefined)
        xml += `<c r="${columnLetter(index + 1)}${r}" s="1"><v>${String(value)}</v></c>`
    })
    xml += '</row>'
  })
  return `${xml}</sheetData></worksheet>`
}

function stylesXml(numberFormat: string): string {
  return (
    `${HEAD}<styleSheet xmlns="${SML}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${esc(numberFormat)}"/></numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  )
}

const rels = (items: [type: string, target: string][]) =>
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  items
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('') +
  '</Relationships>'

/** The .xlsx bytes holding `spec`'s data, dated `modified` (the report's ISO timestamp). */
export function chartWorkbook(spec: LineChartSpec, modified: string): Promise<Buffer> {
  return zipParts(
    [
      [
        '[Content_Types].xml',
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`
      ],
      ['_rels/.rels', rels([['officeDocument', 'xl/workbook.xml']])],
      [
        'xl/workbook.xml',
        `${HEAD}<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets>` +
          `<sheet name="${esc(spec.sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ],
      [
        'xl/_rels/workbook.xml.rels',
        rels([
          ['worksheet', 'worksheets/sheet1.xml'],
          ['styles', 'styles.xml']
        ])
      ],
      ['xl/worksheets/sheet1.xml', sheetXml(spec)],
      ['xl/styles.xml', stylesXml(spec.numberFormat)]
    ],
    modified
  )
}
