/** Ids name files: they can never be a Windows device name or a path. */
import { describe, expect, it } from 'vitest'
import { idSchema, isReservedFileName, newId } from '../../src/shared/ids'
import { settingsSchema } from '../../src/shared/model'

describe('idSchema', () => {
  it('refuses Windows reserved names in any case', () => {
    for (const name of ['con', 'CON', 'Nul', 'prn', 'aux', 'com1', 'COM9', 'lpt1', 'LPT3', 'com¹']) {
      expect(idSchema.safeParse(name).success, name).toBe(false)
    }
  })

  it('knows reserved names with an extension or trailing dots', () => {
    for (const name of ['con.json', 'NUL.txt', 'com1.tilannekuva.json', 'aux.', 'lpt2 ']) {
      expect(isReservedFileName(name), name).toBe(true)
    }
    for (const name of ['console', 'con_1', 'nullable', 'com10', 'report.json']) {
      expect(isReservedFileName(name), name).toBe(false)
    }
  })

  it('refuses paths and traversal, accepts ordinary and generated ids', () => {
    for (const bad of ['..', '../x', 'a/b', 'a\\b', '', 'a.json', 'x'.repeat(65)]) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false)
    }
    for (const good of ['r1', 'console', 'abc_DEF-123', newId()])
      expect(idSchema.safeParse(good).success).toBe(true)
  })
})

describe('settingsSchema', () => {
  it('holds real report ids in recentReportIds', () => {
    expect(settingsSchema.safeParse({ recentReportIds: ['r1', 'abc'] }).success).toBe(true)
    for (const bad of ['../../etc/passwd', 'C:\\x', 'con', 'a b']) {
      expect(settingsSchema.safeParse({ recentReportIds: [bad] }).success, bad).toBe(false)
    }
  })

  it('holds an absolute folder path in lastExportDir, not arbitrary text', () => {
    for (const good of [
      '/home/maki/Asiakirjat',
      'C:\\Users\\Mäki\\Documents',
      'D:/Raportit',
      '\\\\palvelin\\jako\\kansio'
    ]) {
      expect(settingsSchema.safeParse({ lastExportDir: good }).success, good).toBe(true)
    }
    for (const bad of [
      '',
      'relative/folder',
      '../up',
      '/home/../etc',
      'C:\\a\\..\\b',
      'javascript:alert(1)',
      '/a\u0000b',
      'C:relative'
    ]) {
      expect(settingsSchema.safeParse({ lastExportDir: bad }).success, bad).toBe(false)
    }
  })
})
