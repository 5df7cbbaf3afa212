// Writes resources/templates/esimerkkipohja.docx: a sample organisation Word template with {{placeholders}}, made
// with the docx package so it is reproducible. Run: node scripts/make-sample-template.mjs
// Its look (Arial, green headings, a logo in the header) deliberately differs from the app's own layout, so a test
// can see that filling it keeps the template's styles, logo and headers.
import { Buffer } from 'node:buffer'
import { writeFileSync } from 'node:fs'
import { URL } from 'node:url'
import { deflateSync, crc32 } from 'node:zlib'
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun
} from 'docx'

// A small PNG "logo" (a green bar with a lighter stripe), encoded by hand to need no image library.
function logoPng(width = 160, height = 40) {
  const rows = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const stripe = y > height * 0.6 && y < height * 0.75
      row.set(stripe ? [0x9b, 0xd1, 0x8c] : [0x00, 0x5a, 0x3c], 1 + x * 3)
    }
    rows.push(row)
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, 'ascii')
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0)
    return Buffer.concat([head, data, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

const FONT = 'Arial'
const GREEN = '005A3C'
const heading = (size) => ({
  run: { font: FONT, size, bold: true, color: GREEN },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
})

const doc = new Document({
  title: 'Esimerkkiministeriön tilannekuvapohja',
  creator: 'Tilannekuva',
  styles: {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: 'fi-FI' } },
        paragraph: { spacing: { after: 100 } }
      },
      title: { run: { font: FONT, size: 36, bold: true, color: GREEN } },
      heading1: heading(28),
      heading2: heading(24),
      heading3: heading(22)
    }
  },
  sections: [
    {
      properties: {
        page: {
          size: { width: 11906, height: 16838 },
          margin: { top: 1418, bottom: 1134, left: 1418, right: 1134 }
        }
      },
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              tabStops: [{ type: TabStopType.RIGHT, position: 9354 }],
              children: [
                new ImageRun({
                  type: 'png',
                  data: logoPng(),
                  transformation: { width: 120, height: 30 },
                  altText: {
                    name: 'logo',
                    title: 'Esimerkkiministeriö',
                    description: 'Esimerkkiministeriön logo'
                  }
                }),
                new TextRun({ text: '\t{{classification}}', bold: true, color: 'C00000' })
              ]
            }),
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ text: '{{diary_number}}', size: 18 })]
            })
          ]
        })
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [
                new TextRun({
                  size: 18,
                  children: ['Esimerkkiministeriö · sivu ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES]
                })
              ]
            })
          ]
        })
      },
      children: [
        new Paragraph({ children: [new TextRun({ text: '{{organisation}}', color: GREEN, bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: '{{draft_mark}}' })] }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('{{title}}')] }),
        new Paragraph({ children: [new TextRun({ text: '{{meeting_name}}', size: 26 })] }),
        new Paragraph({
          children: [
            new TextRun({ text: 'Aika: ', bold: true }),
            new TextRun('{{meeting_date}} klo {{meeting_time}}')
          ]
        }),
        new Paragraph({
          children: [new TextRun({ text: 'Paikka: ', bold: true }), new TextRun('{{meeting_place}}')]
        }),
        new Paragraph({
          children: [new TextRun({ text: 'Turvaluokitus: ', bold: true }), new TextRun('{{classification}}')]
        }),
        new Paragraph({ children: [new TextRun('{{body}}')] })
      ]
    }
  ]
})

const out = new URL('../resources/templates/esimerkkipohja.docx', import.meta.url)
writeFileSync(out, await Packer.toBuffer(doc))
console.log(`wrote ${out.pathname}`)
