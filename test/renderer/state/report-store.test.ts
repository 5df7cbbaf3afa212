/**
 * Autosave as the user lives it: a save follows the last keystroke within 500 ms, flushes happen at once, a failed
 * save keeps the edit and retries, and a refused save (newer work on disk) never retries over it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result, SaveResult } from '../../../src/shared/contract'
import type { Report } from '../../../src/shared/model'
import { ReportStore } from '../../../src/renderer/src/state/report-store'
import { makeReport } from '../support/render'

type Call = { report: Report; baseRevision: number }

/** A disk that answers each save with the next scripted result (default: success). */
function disk(script: Array<Result<SaveResult> | 'hang'> = []) {
  const calls: Call[] = []
  let revision = 1
  let release: (() => void) | undefined
  const save = (input: Call): Promise<Result<SaveResult>> => {
    calls.push(input)
    const next = script.shift()
    if (next === 'hang') {
      return new Promise((resolve) => {
        release = () =>
          resolve({ ok: true, value: { revision: ++revision, updatedAt: '2021-10-25T12:00:00.000Z' } })
      })
    }
    if (next) return Promise.resolve(next)
    return Promise.resolve({
      ok: true,
      value: { revision: ++revision, updatedAt: '2021-10-25T12:00:00.000Z' }
    })
  }
  return { calls, save, release: () => release?.() }
}

const retitle = (title: string) => (r: Report) => ({ ...r, title })

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('autosave', () => {
  it('saves once, 500 ms after the last change, with the latest text and the revision it was based on', async () => {
    const d = disk()
    const store = new ReportStore(makeReport(), d.save)
    store.update(retitle('A'))
    await vi.advanceTimersByTimeAsync(300)
    store.update(retitle('AB'))
    await vi.advanceTimersByTimeAsync(499)
    expect(d.calls).toHaveLength(0)
    expect(store.getSaveState().kind).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(d.calls).toEqual([{ report: expect.objectContaining({ title: 'AB' }), baseRevision: 1 }])
    expect(store.getSaveState()).toEqual({ kind: 'saved', at: '2021-10-25T12:00:00.000Z' })
    expect(store.getReport().revision).toBe(2)
    expect(store.hasUnsavedChanges()).toBe(false)
  })

  it('flush saves at once and resolves when the disk has it', async () => {
    const d = disk()
    const store = new ReportStore(makeReport(), d.save)
    store.update(retitle('Heti'))
    await store.flush()
    expect(d.calls.map((c) => c.report.title)).toEqual(['Heti'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(d.calls).toHaveLength(1)
  })

  it('keeps typing made during a save and saves it next, on the new revision', async () => {
    const d = disk(['hang'])
    const store = new ReportStore(makeReport(), d.save)
    store.update(retitle('Ensimmäinen'))
    await vi.advanceTimersByTimeAsync(500)
    expect(store.getSaveState().kind).toBe('saving')
    store.update(retitle('Ensimmäinen ja toinen'))
    d.release()
    await vi.advanceTimersByTimeAsync(500)
    expect(d.calls.map((c) => [c.report.title, c.baseRevision])).toEqual([
      ['Ensimmäinen', 1],
      ['Ensimmäinen ja toinen', 2]
    ])
    expect(store.getReport().title).toBe('Ensimmäinen ja toinen')
  })

  it('on a full disk keeps the edit, says why, and retries until it is saved', async () => {
    const d = disk([{ ok: false, error: { code: 'disk_full' } }])
    const store = new ReportStore(makeReport(), d.save)
    store.update(retitle('Ei saa kadota'))
    await vi.advanceTimersByTimeAsync(500)
    expect(store.getSaveState()).toEqual({ kind: 'failed', code: 'disk_full', retrying: true })
    expect(store.getReport().title).toBe('Ei saa kadota')
    expect(store.hasUnsavedChanges()).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(d.calls.map((c) => c.report.title)).toEqual(['Ei saa kadota', 'Ei saa kadota'])
    expect(store.getSaveState().kind).toBe('saved')
  })

  it('never retries over newer work on disk (stale revision), and keeps the edit in memory', async () => {
    const d = disk([{ ok: false, error: { code: 'stale_revision' } }])
    const store = new ReportStore(makeReport(), d.save)
    store.update(retitle('Vanha ikkuna'))
    await vi.advanceTimersByTimeAsync(500)
    expect(store.getSaveState()).toEqual({ kind: 'failed', code: 'stale_revision', retrying: false })
    store.update(retitle('Vanha ikkuna, lisää'))
    await store.flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(d.calls).toHaveLength(1)
    expect(store.getReport().title).toBe('Vanha ikkuna, lisää')
  })

  it('ignores changes to a read-only report', async () => {
    const d = disk()
    const store = new ReportStore(makeReport({ title: 'Lukittu' }), d.save, true)
    store.update(retitle('Muutettu'))
    await store.flush()
    expect(store.getReport().title).toBe('Lukittu')
    expect(d.calls).toHaveLength(0)
  })

  it('keeps one save state while typing, so the indicator does not redraw on every key', () => {
    const store = new ReportStore(makeReport(), disk().save)
    store.update(retitle('a'))
    const pending = store.getSaveState()
    store.update(retitle('ab'))
    store.update(retitle('abc'))
    expect(store.getSaveState()).toBe(pending)
  })
})
