/**
 * The charts of one export: each chart's drawing in the body (an inline `w:drawing` pointing at its part), and the
 * parts, relationships and content types the package needs for them. Numbered in document order — chart1.xml,
 * rIdChart1 — so the same report gives the same bytes.
 */
import { chartWorkbook } from './chart-workbook'
import { lineChartXml, type LineChartSpec } from './chart-xml'
import { TEXT_WIDTH } from './layout'
import { esc } from './wml'
import type { Parts } from './zip'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const CHART_URI = 'http://schemas.openxmlformats.org/drawingml/2006/chart'
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'

/** EMUs per twip (914 400 per inch, 1 440 twips per inch). */
const EMU_PER_TWIP = 635
/** The full text column wide, 7 cm high: a dozen meetings' dates fit under it without slanting. */
const WIDTH = TEXT_WIDTH * EMU_PER_TWIP
const HEIGHT = 2_520_000

/** What a screen reader says of the chart (Word's Alt Text): its name, and a description in the document's language. */
export interface ChartAltText {
  name: string
  description: string
}

/** How the charts' parts and relationships are named: apart from an organisation template's own charts. */
export interface ChartNames {
  /** word/charts/<part>1.xml, word/embeddings/<part>1.xlsx */
  part: string
  /** The document's relationship ids: <rel>1 … */
  rel: string
}

export class Charts {
  private readonly specs: LineChartSpec[] = []

  /** `drawingId` hands out the document's wp:docPr ids, shared with any other drawing in the body. */
  constructor(
    private readonly drawingId: () => number,
    private readonly names: ChartNames = { part: 'chart', rel: 'rIdChart' }
  ) {}

  get isEmpty(): boolean {
    return this.specs.length === 0
  }

  /** The run that shows `spec` inline at the text's width; the chart's parts are written with the package. */
  run(spec: LineChartSpec, alt: ChartAltText): string {
    this.specs.push(spec)
    const n = this.specs.length
    return (
      '<w:r><w:drawing>' +
      `<wp:inline xmlns:wp="${WP}" distT="0" distB="0" distL="0" distR="0">` +
      `<wp:extent cx="${WIDTH}" cy="${HEIGHT}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${this.drawingId()}" name="${esc(alt.name)}" descr="${esc(alt.description)}" title="${esc(alt.name)}"/>` +
      `<wp:cNvGraphicFramePr/><a:graphic xmlns:a="${A}"><a:graphicData uri="${CHART_URI}">` +
      `<c:chart xmlns:c="${CHART_URI}" xmlns:r="${REL}" r:id="${this.names.rel}${n}"/>` +
      '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )
  }

  /** The document's relationships to the chart parts. */
  relationshipsXml(): string {
    return this.specs
      .map(
        (_, i) =>
          `<Relationship Id="${this.names.rel}${i + 1}" Type="${REL}/chart" Target="charts/${this.names.part}${i + 1}.xml"/>`
      )
      .join('')
  }

  /** [Content_Types].xml overrides of the chart parts and their workbooks. */
  contentTypes(): [path: string, type: string][] {
    return this.specs.flatMap((_, i): [string, string][] => [
      [`word/charts/${this.names.part}${i + 1}.xml`, CHART_TYPE],
      [`word/embeddings/${this.names.part}${i + 1}.xlsx`, WORKBOOK_TYPE]
    ])
  }

  /** The chart parts, their relationships and their workbooks (dated `modified`, the report's time). */
  async parts(modified: string): Promise<Parts> {
    const workbooks = await Promise.all(this.specs.map((spec) => chartWorkbook(spec, modified)))
    const { part } = this.names
    return this.specs.flatMap((spec, i): Parts => [
      [`word/charts/${part}${i + 1}.xml`, lineChartXml(spec, 'rId1')],
      [
        `word/charts/_rels/${part}${i + 1}.xml.rels`,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/package" Target="../embeddings/${part}${i + 1}.xlsx"/>` +
          '</Relationships>'
      ],
      [`word/embeddings/${part}${i + 1}.xlsx`, workbooks[i] as Buffer]
    ])
  }
}
