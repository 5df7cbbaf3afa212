/**
 * Ids of reports, sections, templates, actions…: they name files (reports/<id>.json, backups/<id>/), so they are
 * safe as a file name on Windows, macOS and Linux: letters, digits, _ and -, and never one of the names Windows
 * reserves for devices (CON, NUL, COM1…), which would open a device instead of a file.
 */
import { z } from 'zod'

/** Windows device names, case-insensitive, also with any extension (`con.json` is the console too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** True when `name` (a file name, with or without extension) is a Windows reserved device name. */
export function isReservedFileName(name: string): boolean {
  return WINDOWS_RESERVED.test(name.trim().replace(/[. ]+$/, ''))
}

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id may hold only letters, digits, _ and -')
  .refine((value) => !isReservedFileName(value), 'id may not be a name Windows reserves (con, nul, com1…)')

/** New ids: URL- and file-name-safe, from the platform's crypto (Node 20 and Chromium). */
export function newId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20)
}
