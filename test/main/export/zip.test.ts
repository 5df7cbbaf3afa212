/**
 * The .docx container as readers see it: entries in the order given, each dated with the report's time (UTC, the
 * same on every machine), sizes in the local headers (no data descriptors), and the parts readable again.
 */
import { describe, expect, it } from 'vitest'
import { unzipParts, zipParts } from '../../../src/main/export/zip'

interface LocalHeader {
  name: string
  flags: number
  time: number
  date: number
}

/** The local file headers of a ZIP, read straight from the bytes. */
function localHeaders(zip: Buffer): LocalHeader[] {
  const headers: LocalHeader[] = []
  let offset = 0
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const compressedSize = zip.readUInt32LE(offset + 18)
    const nameLength = zip.readUInt16LE(offset + 26)
    const extraLength = zip.readUInt16LE(offset + 28)
    headers.push({
      name: zip.toString('utf8', offset + 30, offset + 30 + nameLength),
      flags: zip.readUInt16LE(offset + 6),
      time: zip.readUInt16LE(offset + 10),
      date: zip.readUInt16LE(offset + 12)
    })
    offset += 30 + nameLength + extraLength + compressedSize
  }
  return headers
}

describe('the .docx container', () => {
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document>' + 'Tilannekuva '.repeat(500) + '</w:document>'],
    ['docProps/core.xml', '<core/>']
  ]

  it('keeps the order, dates every entry with the report time in UTC, and writes no data descriptors', async () => {
    const zip = await zipParts(parts, '2021-10-25T14:32:10.000Z')
    const headers = localHeaders(zip)
    expect(headers.map((h) => h.name)).toEqual(parts.map(([name]) => name))
    for (const header of headers) {
      expect(header.flags & 0x0008).toBe(0)
      expect(header.date).toBe(((2021 - 1980) << 9) | (10 << 5) | 25)
      expect(header.time).toBe((14 << 11) | (32 << 5) | (10 >> 1))
    }
  })

  it('gives back every part byte for byte', async () => {
    const read = unzipParts(await zipParts(parts, '2021-10-25T14:32:10.000Z'))
    for (const [name, text] of parts)
      expect(Buffer.from(read[name] as Uint8Array).toString('utf8')).toBe(text)
  })

  it('dates a report from before 1980 (which ZIP cannot hold) at the first day ZIP knows', async () => {
    const [header] = localHeaders(await zipParts(parts, '1970-01-01T00:00:00.000Z'))
    expect(header?.date).toBe((0 << 9) | (1 << 5) | 1)
  })
})
