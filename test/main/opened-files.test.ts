/** Which command-line arguments are contribution files to open, and that each is handed out once. */
import { describe, expect, it } from 'vitest'
import { contributionFiles, OpenedFiles } from '../../src/main/opened-files'

describe('files the system asks the app to open', () => {
  it('takes contribution files from a command line, not options or other files', () => {
    const argv = [
      '--data-dir=/tmp/x',
      'C:\\Users\\Mäki\\Downloads\\Pyyntö LVM.TILANNEKUVA-OSUUS.json',
      'raportti.tilannekuva.json',
      '-tilannekuva-osuus.json'
    ]
    expect(contributionFiles(argv)).toEqual(['C:\\Users\\Mäki\\Downloads\\Pyyntö LVM.TILANNEKUVA-OSUUS.json'])
  })

  it('hands each file out once', () => {
    const files = new OpenedFiles()
    expect(files.add([])).toBe(false)
    expect(files.add(['a.tilannekuva-osuus.json'])).toBe(true)
    expect(files.take()).toEqual(['a.tilannekuva-osuus.json'])
    expect(files.take()).toEqual([])
  })
})
