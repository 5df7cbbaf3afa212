/**
 * Named Word styles and list definitions of the exported document. Real styles (Title, Heading 1–3, List Bullet,
 * List Number, a table style) are what make Word's navigation pane, the accessibility checker and screen readers work.
 * Calibri is on every Windows and macOS Office install; LibreOffice substitutes the metric-compatible Carlito, so
 * page breaks land in the same places.
 */
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx'

export const FONT = 'Calibri'
export const CODE_FONT = 'Consolas'
export const ACCENT = '1F3864'
export const TABLE_STYLE = 'ReportTable'
export const BULLETS = 'tk-bullets'
export const NUMBERS = 'tk-numbers'
/** Lists nest to at most this many levels in Word's numbering (0-based levels 0–8). */
export const MAX_LIST_LEVEL = 8

// Word's own "Table Grid"-like style with a shaded, bold header row; written as XML because docx has no API for
// table styles. Borders are thin and grey so the tables read as data, not as layout.
const tableStyleXml = `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>`

/**
 * The styles part that docx merges its default styles (Normal, Title, Heading 1–6 …) and ours into. Given as
 * `externalStyles` because docx has no API for table styles, and `importedStyles` would replace its defaults.
 */
export const EXTERNAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
  ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' +
  ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"' +
  ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
  tableStyleXml +
  '</w:styles>'

/** The document's styles, with the proofing language `locale` (e.g. fi-FI) set on the defaults. */
export function documentStyles(locale: string): IStylesOptions {
  // The outline level is what Word's navigation pane and LibreOffice's navigator read.
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel }
  })
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: locale } },
        paragraph: { spacing: { after: 120, line: 264 } }
      },
      title: {
        run: { font: FONT, size: 40, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 120 } }
      },
      heading1: heading(32, 360, 0),
      heading2: heading(26, 240, 1),
      heading3: heading(24, 200, 2),
      listParagraph: { paragraph: { spacing: { after: 60 } } }
    },
    paragraphStyles: [
      para('ListBullet', 'List Bullet', { spacing: { after: 60 } }),
      para('ListNumber', 'List Number', { spacing: { after: 60 } }),
      para('Quote', 'Quote', { indent: { left: 567, right: 567 } }, { italics: true, color: '404040' }),
      para('Code', 'Code', { spacing: { after: 0 } }, { font: CODE_FONT, size: 20 }),
      para('Marking', 'Classification Marking', { spacing: { after: 60 } }, { bold: true, color: 'C00000' }),
      para('DraftMark', 'Draft Mark', { spacing: { after: 120 } }, { bold: true, size: 28, color: 'C00000' }),
      para('Subtitle', 'Subtitle', { spacing: { after: 120 } }, { size: 28, color: '404040' }),
      para('StatusLine', 'Status Line', { spacing: { after: 120 }, keepNext: true }, { size: 20 }),
      para('TableText', 'Table Text', { spacing: { before: 20, after: 20 } }, { size: 20 }),
      para(
        'BlockHeading',
        'Block Heading',
        { spacing: { before: 240, after: 120 } },
        { bold: true, size: 28 }
      ),
      para('TOC1', 'toc 1', { spacing: { after: 60 }, tabStops: [] }),
      para('Header', 'header', { spacing: { after: 0 } }, { size: 18 }),
      para('Footer', 'footer', { spacing: { after: 0 }, alignment: AlignmentType.RIGHT }, { size: 18 })
    ],
    characterStyles: [
      {
        id: 'Hyperlink',
        name: 'Hyperlink',
        basedOn: 'DefaultParagraphFont',
        run: { color: '0563C1', underline: {} }
      }
    ]
  }
}

function para(
  id: string,
  name: string,
  paragraph: Record<string, unknown>,
  run: Record<string, unknown> = {}
): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph, run }
}

const BULLET_CHARS = ['•', '◦', '▪']
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]

/** Bulleted and numbered list definitions; each list in the document is its own instance, so numbering restarts. */
export function documentNumbering(): INumberingOptions {
  const levels = Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => level)
  const indent = (level: number) => ({ indent: { left: 454 * (level + 1), hanging: 284 } })
  return {
    config: [
      {
        reference: BULLETS,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLET_CHARS[level % 3] as string,
          alignment: AlignmentType.LEFT,
          style: { paragraph: indent(level) }
        }))
      },
      {
        reference: NUMBERS,
        levels: levels.map((level) => ({
          level,
          format: NUMBER_FORMATS[level % 3] as (typeof LevelFormat)[keyof typeof LevelFormat],
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: indent(level) }
        }))
      }
    ]
  }
}
