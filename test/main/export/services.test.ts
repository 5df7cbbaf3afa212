import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/shared/contract'
import type { Report, Settings } from '../../../src/shared/model'
import { exportServices } from '../../../src/main/services/export'
import type { ServiceDeps } from '../../../src/main/services/deps'
import type { StorageContext } from '../../../src/main/storage/context'
import { fiveMeetings } from '../../shared/key-figures/chain'
import { docxParts, exampleReport, repoRoot, textOf } from './docx-helpers'

const DEFAULT_OPTIONS = {
  includeEmptySections: false,
  includeOverview: true,
  includeActionList: true,
  includeGuidance: false,
  includeContents: false,
  includeCharts: true
}

function setup(
  saveAnswer: (defaultPath: string) => string | null,
  openAnswer: string | null = null,
  stored: Record<string, Report> = {}
) {
  const dir = mkdtempSync(join(tmpdir(), 'export-svc-'))
  let settings: Settings = { uiLanguage: 'fi', recentReportIds: [] }
  const calls = {
    save: [] as { title: string; defaultPath: string }[],
    shown: [] as string[],
    opened: [] as string[],
    loaded: [] as string[]
  }
  const ctx = {
    dataDir: dir,
    readOnly: false,
    loadReport: async (id: string) => {
      calls.loaded.push(id)
      if (stored[id]) return structuredClone(stored[id])
      if (id !== 'example') throw new ServiceError('not_found')
      return exampleReport()
    },
    getSettings: () => settings,
    updateSettings: async (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
    writeFileDurable: async (path: string, data: string | Uint8Array) => writeFileSync(path, data)
  } as unknown as StorageContext
  const deps = {
    dataDir: dir,
    resourcesDir: resolve(repoRoot, 'resources'),
    appVersion: '0.1.0',
    platform: 'linux',
    dialogs: {
      save: async (options: { title: string; defaultPath: string }) => {
        calls.save.push(options)
        return saveAnswer(options.defaultPath)
      },
      open: async () => openAnswer
    },
    shell: {
      showItemInFolder: (path: string) => void calls.shown.push(path),
      openPath: async (path: string) => void calls.opened.push(path),
      openExternal: async () => {}
    }
  } satisfies ServiceDeps
  return { dir, calls, services: exportServices(deps, ctx), settings: () => settings }
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'no error'
  } catch (error) {
    return error instanceof ServiceError ? error.code : String(error)
  }
}

describe('export services', () => {
  let env: ReturnType<typeof setup>
  beforeEach(() => {
    env = setup((defaultPath) => join(env.dir, defaultPath.split(/[/\\]/).pop() as string))
  })

  it('exports the stored report through the save dialog with the default name, and remembers the folder', async () => {
    const result = await env.services['export.docx']({ reportId: 'example', options: DEFAULT_OPTIONS })
    expect(env.calls.save[0]?.defaultPath).toBe('2021-10-25 Tilannekuva – digitalisaatio.docx')
    expect(env.calls.save[0]?.title).toBe('Tallenna Word-asiakirjana')
    expect(result?.path).toBe(join(env.dir, '2021-10-25 Tilannekuva – digitalisaatio.docx'))
    const parts = await docxParts(readFileSync(result!.path))
    expect(textOf(parts['word/document.xml'] as string)).toContain('Digitaalinen identiteetti')
    expect(env.settings().lastExportDir).toBe(env.dir)
    // The next export suggests the remembered folder.
    await env.services['export.docx']({ reportId: 'example', options: DEFAULT_OPTIONS })
    expect(env.calls.save[1]?.defaultPath).toBe(join(env.dir, '2021-10-25 Tilannekuva – digitalisaatio.docx'))
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const cancelled = setup(() => null)
    expect(
      await cancelled.services['export.docx']({ reportId: 'example', options: DEFAULT_OPTIONS })
    ).toBeNull()
    expect(cancelled.settings().lastExportDir).toBeUndefined()
  })

  it('adds .docx when the chosen name lacks it', async () => {
    const bare = setup(() => join(env.dir, 'muistio'))
    const result = await bare.services['export.docx']({ reportId: 'example', options: DEFAULT_OPTIONS })
    expect(result?.path).toBe(join(env.dir, 'muistio.docx'))
    expect(existsSync(join(env.dir, 'muistio.docx'))).toBe(true)
  })

  it('fails with not_found for an unknown report', async () => {
    expect(await codeOf(env.services['export.docx']({ reportId: 'nope', options: DEFAULT_OPTIONS }))).toBe(
      'not_found'
    )
  })

  it('opens and shows only files exported in this session', async () => {
    expect(await codeOf(env.services['export.openFile']({ path: '/etc/passwd' }))).toBe('not_allowed')
    expect(await codeOf(env.services['export.showInFolder']({ path: '/etc/passwd' }))).toBe('not_allowed')
    const result = await env.services['export.docx']({ reportId: 'example', options: DEFAULT_OPTIONS })
    await env.services['export.openFile']({ path: result!.path })
    await env.services['export.showInFolder']({ path: result!.path })
    expect(env.calls.opened).toEqual([result!.path])
    expect(env.calls.shown).toEqual([result!.path])
    expect(env.calls.opened.length + env.calls.shown.length).toBe(2)
  })

  it('picks a template only when it is a .docx with placeholders', async () => {
    const good = setup(() => null, resolve(repoRoot, 'resources/templates/esimerkkipohja.docx'))
    expect(await good.services['export.pickTemplate']({})).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
      name: 'esimerkkipohja.docx'
    })
    const bad = setup(() => null, resolve(repoRoot, 'package.json'))
    expect(await codeOf(bad.services['export.pickTemplate']({}))).toBe('not_docx')
    const cancelled = setup(() => null, null)
    expect(await cancelled.services['export.pickTemplate']({})).toBeNull()
  })

  it('exports into the organisation template picked in this session, named by its token', async () => {
    const template = resolve(repoRoot, 'resources/templates/esimerkkipohja.docx')
    const picking = setup(
      (defaultPath) => join(picking.dir, defaultPath.split(/[/\\]/).pop() as string),
      template
    )
    const picked = await picking.services['export.pickTemplate']({})
    const result = await picking.services['export.docx']({
      reportId: 'example',
      options: { ...DEFAULT_OPTIONS, organisationTemplate: picked!.token }
    })
    const parts = await docxParts(readFileSync(result!.path))
    expect(parts['word/styles.xml']).toContain('w:ascii="Arial"')
  })

  it('reads no file the renderer names: a path or an unknown token is refused alike', async () => {
    const template = resolve(repoRoot, 'resources/templates/esimerkkipohja.docx')
    // The contract has no such field: dispatch refuses it before any service runs.
    const { dispatch } = await import('../../../src/main/dispatch')
    const viaDispatch = await dispatch(env.services as never, 'export.docx', {
      reportId: 'example',
      options: { organisationTemplatePath: template }
    })
    expect(viaDispatch).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    for (const token of ['tuntematon', 'etc-passwd']) {
      expect(
        await codeOf(
          env.services['export.docx']({
            reportId: 'example',
            options: { ...DEFAULT_OPTIONS, organisationTemplate: token }
          })
        )
      ).toBe('not_allowed')
    }
  })

  describe('key-figure charts', () => {
    const chartParts = (parts: Record<string, string>) =>
      Object.keys(parts).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))
    const titles = (parts: Record<string, string>) =>
      chartParts(parts).map((name) => /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(parts[name] as string)?.[1])

    function withSeries(reports: Report[]) {
      const stored = Object.fromEntries(reports.map((report) => [report.id, report]))
      return setup((defaultPath) => join(env.dir, defaultPath.split(/[/\\]/).pop() as string), null, stored)
    }

    it('follows the stored predecessor chain, as the Tunnusluvut view does, and charts each figure with two readings', async () => {
      const series = withSeries(fiveMeetings())
      const result = await series.services['export.docx']({ reportId: 'm5', options: DEFAULT_OPTIONS })
      const parts = await docxParts(readFileSync(result!.path))
      expect(chartParts(parts)).toHaveLength(3)
      expect(parts['word/charts/chart1.xml']).toContain('<c:pt idx="0"><c:v>72.5</c:v></c:pt>')
    })

    it('starts the series after a predecessor that is gone, and exports the rest', async () => {
      const series = withSeries(fiveMeetings().filter((report) => report.id !== 'm2'))
      const result = await series.services['export.docx']({ reportId: 'm5', options: DEFAULT_OPTIONS })
      const parts = await docxParts(readFileSync(result!.path))
      // From the third meeting on, the digital skills have one reading only: no chart for it.
      expect(titles(parts)).toEqual([
        'Verkossa saatavilla olevien keskeisten julkisten palvelujen osuus',
        'Pilvipalveluja käyttävien yritysten osuus'
      ])
    })

    it('reads no predecessor and draws no chart when the option is off', async () => {
      const series = withSeries(fiveMeetings())
      const result = await series.services['export.docx']({
        reportId: 'm5',
        options: { ...DEFAULT_OPTIONS, includeCharts: false }
      })
      expect(chartParts(await docxParts(readFileSync(result!.path)))).toEqual([])
      expect(series.calls.loaded).toEqual(['m5'])
    })
  })
})
