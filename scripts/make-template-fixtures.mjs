// Writes the Word files the template import tests read (test/fixtures/templates/*.docx). Run it again after
// changing it: `node scripts/make-template-fixtures.mjs`; the outputs are committed so tests need no generator.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { Buffer } from 'node:buffer'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'templates')
mkdirSync(out, { recursive: true })

const p = (text) => new Paragraph({ children: [new TextRun(text)] })
const h = (text, heading) => new Paragraph({ text, heading })
const cell = (text) => new TableCell({ children: [p(text)] })

// A ministry-style report template: a cover line, headings 1 and 2 with guidance, a heading 3 inside a section,
// a list, a table and characters that HTML escapes.
const headings = new Document({
  creator: 'Tilannekuva tests',
  sections: [
    {
      children: [
        new Paragraph({ text: 'Valtiovarainministeriö — tilannekuvan pohja', heading: HeadingLevel.TITLE }),
        p('Tämä kansilehden teksti ei kuulu mihinkään osioon.'),
        h('Yhteenveto', HeadingLevel.HEADING_1),
        p('Kuvaa kokonaistilanne lyhyesti.'),
        p('Mainitse tärkeimmät muutokset.'),
        h('Kansainvälinen vertailu', HeadingLevel.HEADING_2),
        new Paragraph({ text: 'DESI-sijoitus', bullet: { level: 0 } }),
        new Paragraph({ text: 'Digitaalisen vuosikymmenen tavoitteet', bullet: { level: 0 } }),
        h('Lähteet', HeadingLevel.HEADING_3),
        p('Eurostat & komissio'),
        h('Riskit <ja> "haasteet"', HeadingLevel.HEADING_1),
        new Table({ rows: [new TableRow({ children: [cell('Riski'), cell('Vaikutus')] })] }),
        h('Seuraavat vaiheet', HeadingLevel.HEADING_1)
      ]
    }
  ]
})

const noHeadings = new Document({
  sections: [{ children: [p('Pelkkää leipätekstiä ilman otsikoita.'), p('Toinen kappale.')] }]
})

const headingsBytes = await Packer.toBuffer(headings)
writeFileSync(join(out, 'headings.docx'), headingsBytes)
writeFileSync(join(out, 'no-headings.docx'), await Packer.toBuffer(noHeadings))
// A download cut short: the zip signature is there, the rest is missing.
writeFileSync(join(out, 'corrupt.docx'), headingsBytes.subarray(0, 1500))

// An encrypted .docx is an OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1) whose directory names the
// streams EncryptionInfo and EncryptedPackage. No tool on the build machine writes one offline, so this file
// carries exactly those marks: the 512-byte header and one directory sector with the two UTF-16LE names.
const encrypted = Buffer.alloc(1536)
Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted, 0)
for (const [index, name] of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].entries()) {
  const entry = 512 + index * 128
  Buffer.from(name, 'utf16le').copy(encrypted, entry)
  encrypted.writeUInt16LE((name.length + 1) * 2, entry + 64)
}
writeFileSync(join(out, 'encrypted.docx'), encrypted)

// An old binary Word 97 file is an OLE compound file too, but not encrypted: LibreOffice writes a real one.
try {
  const temp = mkdtempSync(join(tmpdir(), 'fixtures-'))
  execFileSync('soffice', [
    '--headless',
    '--convert-to',
    'doc:MS Word 97',
    '--outdir',
    temp,
    join(out, 'no-headings.docx')
  ])
  copyFileSync(join(temp, 'no-headings.doc'), join(out, 'legacy-word97.doc'))
} catch {
  console.warn('soffice not available: legacy-word97.doc left as it was')
}
console.log(`wrote fixtures to ${out}`)
