/**
 * A native Word line chart as a DrawingML chart part (`word/charts/chartN.xml`, ISO/IEC 29500-1 §21.2, elements in
 * the order of dml-chart.xsd): a title, one line per series over string categories, a value axis with its unit as
 * title, a legend below. Word draws it from the cached values here; the same data sits in the embedded workbook
 * (chart-workbook.ts) that Word's "Edit data" opens. Colours are RGB, not theme colours: the package has no theme.
 * Written as strings like the rest of the exporter (docs/decisions/0012-word-charts.md).
 */
import { esc } from './wml'

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface ChartLine {
  name: string
  /** One per category; null is a gap (the line breaks there). */
  values: readonly (number | null)[]
  /** RRGGBB. */
  color: string
  /** Dashed without markers (a target); otherwise solid with a marker at each point, so a lone reading shows. */
  dashed?: boolean
}

export interface LineChartSpec {
  title: string
  /** BCP 47 tag of the chart's text (c:lang and each run). */
  locale: string
  categories: readonly string[]
  lines: readonly ChartLine[]
  /**
   * An Excel number format for the values: locale-independent codes ("#,##0.0"), which Word and Excel show with the
   * reader's own separators ("72,5" in Finnish). Never "0,0", which means thousands in every locale.
   */
  numberFormat: string
  /** The unit, as the value axis' title ("%", "milj. €"); '' for none. */
  unit: string
  /** The worksheet the ranges point into. */
  sheet: string
}

/** A1-style column letter of a zero-based column (charts have three at most). */
export const columnLetter = (index: number): string => String.fromCharCode(65 + index)

/** An absolute range formula: Sheet1!$B$2:$B$6. Sheet names are quoted, as Excel does for any name. */
function range(sheet: string, column: number, from: number, to = from): string {
  const name = `'${sheet.replace(/'/g, "''")}'`
  const cell = (row: number) => `$${columnLetter(column)}$${row}`
  return from === to ? `${name}!${cell(from)}` : `${name}!${cell(from)}:${cell(to)}`
}

const grey = (lum: string) => `<a:solidFill><a:srgbClr val="${lum}"/></a:solidFill>`
const TEXT_GREY = '595959'
const LINE_GREY = 'D9D9D9'

function textProps(locale: string, size: number, bold = false, rotate?: number): string {
  return (
    `<c:txPr><a:bodyPr${rotate === undefined ? '' : ` rot="${rotate}" vert="horz"`}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${grey(TEXT_GREY)}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="${locale}"/></a:p></c:txPr>`
  )
}

/** A title of rich text (the chart's or an axis'). */
function titleXml(text: string, locale: string, size: number, rotate?: number): string {
  return (
    '<c:title><c:tx><c:rich>' +
    `<a:bodyPr${rotate === undefined ? '' : ` rot="${rotate}" vert="horz"`}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="${rotate === undefined ? 1 : 0}">${grey(TEXT_GREY)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="${locale}" sz="${size}" b="${rotate === undefined ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  )
}

function strCache(texts: readonly string[]): string {
  let xml = `<c:strCache><c:ptCount val="${texts.length}"/>`
  texts.forEach((text, idx) => (xml += `<c:pt idx="${idx}"><c:v>${esc(text)}</c:v></c:pt>`))
  return `${xml}</c:strCache>`
}

function numCache(values: readonly (number | null)[], format: string): string {
  let xml = `<c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${values.length}"/>`
  values.forEach((value, idx) => {
    // A gap is a point left out of the cache: Word draws nothing there (dispBlanksAs gap), never a zero.
    if (value !== null) xml += `<c:pt idx="${idx}"><c:v>${String(value)}</c:v></c:pt>`
  })
  return `${xml}</c:numCache>`
}

function seriesXml(line: ChartLine, index: number, spec: LineChartSpec): string {
  const last = spec.categories.length + 1
  const stroke =
    `<a:ln w="${line.dashed ? 22225 : 28575}" cap="rnd"><a:solidFill><a:srgbClr val="${line.color}"/></a:solidFill>` +
    `${line.dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln>`
  const marker = line.dashed
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : '<c:marker><c:symbol val="circle"/><c:size val="6"/>' +
      `<c:spPr><a:solidFill><a:srgbClr val="${line.color}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${line.color}"/></a:solidFill></a:ln></c:spPr></c:marker>`
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${esc(range(spec.sheet, index + 1, 1))}</c:f>${strCache([line.name])}</c:strRef></c:tx>` +
    `<c:spPr>${stroke}</c:spPr>${marker}` +
    `<c:cat><c:strRef><c:f>${esc(range(spec.sheet, 0, 2, last))}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(range(spec.sheet, index + 1, 2, last))}</c:f>${numCache(line.values, spec.numberFormat)}</c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  )
}

const axisLine = `<c:spPr><a:noFill/><a:ln w="9525">${grey('BFBFBF')}</a:ln></c:spPr>`

/** The chart part's XML. `workbookRelId` is the chart's relationship to its embedded workbook. */
export function lineChartXml(spec: LineChartSpec, workbookRelId: string): string {
  const { locale } = spec
  const catAx =
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisLine}${textProps(locale, 900)}` +
    '<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>' +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  const valAx =
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    `<c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="9525">${grey(LINE_GREY)}</a:ln></c:spPr></c:majorGridlines>` +
    (spec.unit ? titleXml(spec.unit, locale, 900, -5400000) : '') +
    `<c:numFmt formatCode="${esc(spec.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProps(locale, 900)}<c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    `<c:date1904 val="0"/><c:lang val="${locale}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(spec.title, locale, 1200)}<c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    spec.lines.map((line, index) => seriesXml(line, index, spec)).join('') +
    '<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>' +
    `${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(locale, 900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525">${grey(LINE_GREY)}</a:ln></c:spPr>` +
    textProps(locale, 1000) +
    `<c:externalData r:id="${workbookRelId}"><c:autoUpdate val="0"/></c:externalData>` +
    '</c:chartSpace>'
  )
}
