/**
 * The .docx container: a plain ZIP written in the order given ([Content_Types].xml first, as Office writes it and
 * as some readers expect), deflated with Node's native zlib, with every entry's time taken from the report, so the
 * same report gives the same bytes. Reading (organisation templates) goes through fflate.
 *
 * Why not a ZIP library for writing: fflate's deflate is JavaScript and took 200 ms of a 200-section export, and
 * its streaming writer adds data descriptors; JSZip is slower still. The format written here is the small,
 * fixed subset every reader supports: stored or deflated entries, no ZIP64, no data descriptors, UTF-8 names.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import { unzipSync } from 'fflate'

export type Parts = [name: string, data: string | Uint8Array][]

/** MS-DOS date and time words of a UTC timestamp (the ZIP format has no time zone; UTC keeps builds identical). */
function dosTime(iso: string): { date: number; time: number } {
  const parsed = new Date(iso)
  const d =
    Number.isNaN(parsed.getTime()) || parsed.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : parsed
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)
  }
}

/** A ZIP archive of `parts`, in their order, every entry dated `modified` (ISO timestamp). */
export function zipParts(parts: Parts, modified: string): Buffer {
  const { date, time } = dosTime(modified)
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, data] of parts) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
    // Level 3: a third of level 6's time for a large report (9 ms against 25 ms for 2.6 MB of XML), 40 % larger.
    const deflated = deflateRawSync(raw, { level: 3 })
    // Tiny parts can grow when deflated: store those as they are.
    const stored = deflated.length >= raw.length
    const body = stored ? raw : deflated
    const fileName = Buffer.from(name, 'utf8')
    const crc = crc32(raw) >>> 0
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed: 2.0
    header.writeUInt16LE(0x0800, 6) // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8)
    header.writeUInt16LE(time, 10)
    header.writeUInt16LE(date, 12)
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(body.length, 18)
    header.writeUInt32LE(raw.length, 22)
    header.writeUInt16LE(fileName.length, 26)
    header.writeUInt16LE(0, 28)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4) // made by: 2.0, MS-DOS attributes
    header.copy(entry, 6, 4, 30) // version needed … name length, extra length: the same as the local header
    // comment length, disk number, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42)
    chunks.push(header, fileName, body)
    central.push(entry, fileName)
    offset += header.length + fileName.length + body.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, directory, end])
}

/** The entries of a ZIP archive by name; throws when `data` is not one. */
export function unzipParts(data: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(data)
}
