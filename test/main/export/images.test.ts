/**
 * Images in the Word export: export → unzip → the media part with the image's bytes, its alt text as `descr`,
 * its size from pixels at 96 dpi clamped to the text column; the decorative flag; valid against the OOXML schemas;
 * and LibreOffice draws it (a PNG of the page under test-results/export/).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export/document'
import { TEXT_WIDTH_PX, type ImageSource } from '../../../src/main/export/images'
import type { Report } from '../../../src/shared/model'
import { imageFixture } from '../../support/images'
import { docxParts, minimalReport, repoRoot } from './docx-helpers'
import { ooxmlProblems } from './ooxml'

const CHART = `${'c'.repeat(64)}.png`
const PHOTO = `${'d'.repeat(64)}.jpg`
const GONE = `${'e'.repeat(64)}.png`
const sources = new Map<string, ImageSource>([
  [CHART, { bytes: imageFixture('chart.png'), width: 480, height: 270 }],
  [PHOTO, { bytes: imageFixture('whiteboard.jpg'), width: 640, height: 480 }]
])

const image = (asset: string, attrs: Record<string, unknown> = {}) => ({
  type: 'image',
  attrs: { asset, alt: '', decorative: false, width: null, height: null, ...attrs }
})

function reportWithImages(): Report {
  return minimalReport({
    sections: [
      {
        id: 's1',
        title: 'Sähköinen asiointi',
        notes: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Käyttö kasvoi.' }] },
            image(CHART, { alt: 'Kaavio: käyttö kasvoi 62 %:sta 71 %:iin', width: 432, height: 243 }),
            image(PHOTO, { decorative: true, width: 900, height: 675 }),
            image(GONE, { alt: 'Poistettu kuva' })
          ]
        }
      }
    ] as unknown as Report['sections']
  })
}

const EMU = 9525
const drawings = (xml: string) => xml.match(/<w:drawing>.*?<\/w:drawing>/g) ?? []

describe('images in the Word export', () => {
  it('writes each image as a media part with its alt text as descr and its size from pixels at 96 dpi', async () => {
    const bytes = await exportReport(reportWithImages(), {}, [], sources)
    const zip = unzipSync(bytes)
    expect(Buffer.from(zip['word/media/image1.png'] as Uint8Array)).toEqual(imageFixture('chart.png'))
    expect(Buffer.from(zip['word/media/image2.jpg'] as Uint8Array)).toEqual(imageFixture('whiteboard.jpg'))
    const parts = await docxParts(bytes)
    const [chart, photo, ...rest] = drawings(parts['word/document.xml'] as string)
    expect(rest).toEqual([])
    expect(chart).toContain('descr="Kaavio: käyttö kasvoi 62 %:sta 71 %:iin"')
    expect(chart).toContain(`<wp:extent cx="${432 * EMU}" cy="${243 * EMU}"/>`)
    // 900 px does not fit the 157 mm column: clamped, aspect ratio kept; decorative, so no descr.
    expect(TEXT_WIDTH_PX).toBe(593)
    expect(photo).toContain(`<wp:extent cx="${593 * EMU}" cy="${445 * EMU}"/>`)
    expect(photo).toContain('descr=""')
    expect(photo).toContain(
      '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
    )
    // The image whose file is gone is named by its alt text, as before images were stored.
    expect(parts['word/document.xml']).toContain('[Kuva: Poistettu kuva]')
    expect(parts['word/_rels/document.xml.rels']).toContain(
      '<Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
    )
    expect(parts['[Content_Types].xml']).toContain('<Default Extension="png" ContentType="image/png"/>')
    expect(parts['[Content_Types].xml']).toContain('<Default Extension="jpg" ContentType="image/jpeg"/>')
    expect(await ooxmlProblems(bytes)).toEqual([])
  })

  it('does not leave out a section whose notes are only an image', async () => {
    const report = minimalReport({
      sections: [
        { id: 's1', title: 'Vain kuva', notes: { type: 'doc', content: [image(CHART, { alt: 'Kaavio' })] } }
      ] as unknown as Report['sections']
    })
    const xml = (await docxParts(await exportReport(report, {}, [], sources)))['word/document.xml'] as string
    expect(drawings(xml)).toHaveLength(1)
    expect(xml).toContain('Vain kuva')
  })

  it('gives the same bytes for the same report, and one media part for an image used twice', async () => {
    const report = reportWithImages()
    const notes = report.sections[0]!.notes
    notes.content = [...(notes.content ?? []), image(CHART, { alt: 'Sama kaavio uudelleen' })]
    const first = await exportReport(report, {}, [], sources)
    expect(await exportReport(report, {}, [], sources)).toEqual(first)
    const media = Object.keys(unzipSync(first)).filter((name) => name.startsWith('word/media/'))
    expect(media).toEqual(['word/media/image1.png', 'word/media/image2.jpg'])
  })

  it('is drawn by LibreOffice: the PDF holds the images and a PNG of the page is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-images-'))
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
    try {
      writeFileSync(join(dir, 'images.docx'), await exportReport(reportWithImages(), {}, [], sources))
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'images.docx')
        ],
        { timeout: 240_000 }
      )
      const list = execFileSync('pdfimages', ['-list', join(dir, 'images.pdf')], { encoding: 'utf8' })
      const sizes = list
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.trim().split(/\s+/).slice(3, 5).join('×'))
      expect(sizes).toEqual(expect.arrayContaining(['480×270', '640×480']))
      const out = resolve(repoRoot, 'test-results/export')
      mkdirSync(out, { recursive: true })
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-singlefile',
        '-f',
        '1',
        '-l',
        '1',
        join(dir, 'images.pdf'),
        join(out, 'images-1')
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
      rmSync(profile, { recursive: true, force: true })
    }
  }, 300_000)
})
