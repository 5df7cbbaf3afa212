/**
 * Adds the app's styles that an organisation template lacks (TableText, List Bullet, Report Table …) to the filled
 * document. patchDocument keeps the template's styles but adds none, and a paragraph naming a style the file does not
 * define is more than cosmetic: LibreOffice then lays a table's cells out as loose paragraphs. The template's own
 * definitions always win; only missing ids are added.
 */
import { Document, Packer, Paragraph } from 'docx'
import { documentNumbering, documentStyles, EXTERNAL_STYLES } from './styles'

const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g
const cache = new Map<string, Promise<Map<string, string>>>()

/** Our style elements by id, taken from a tiny document built with the app's styles (cached per locale). */
function appStyles(locale: string): Promise<Map<string, string>> {
  let found = cache.get(locale)
  if (!found) {
    found = (async () => {
      const document = new Document({
        externalStyles: EXTERNAL_STYLES,
        styles: documentStyles(locale),
        numbering: documentNumbering(),
        sections: [{ children: [new Paragraph('')] }]
      })
      const { default: JSZip } = await import('jszip')
      const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
      const xml = (await zip.file('word/styles.xml')?.async('string')) ?? ''
      return new Map([...xml.matchAll(STYLE)].map((m) => [m[1] as string, m[0]]))
    })()
    cache.set(locale, found)
  }
  return found
}

/** The filled document with the app's missing styles added to its styles part. */
export async function addMissingStyles(docx: Buffer, locale: string): Promise<Buffer> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(docx)
  const file = zip.file('word/styles.xml')
  if (!file) return docx
  const xml = await file.async('string')
  const present = new Set([...xml.matchAll(STYLE)].map((m) => m[1]))
  const missing = [...(await appStyles(locale)).entries()]
    .filter(([id]) => !present.has(id))
    .map(([, s]) => s)
  if (missing.length === 0 || !xml.includes('</w:styles>')) return docx
  // Our style elements use the w: prefix, which every styles part binds to the WordprocessingML namespace.
  zip.file('word/styles.xml', xml.replace('</w:styles>', `${missing.join('')}</w:styles>`))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
