/**
 * Drafts in the report store (the notes editor's text): a key only marks the report unsaved; the text is pulled in
 * once — on the autosave wait, on a flush, or when anyone reads the report — and nothing typed is lost, also while
 * a save is on its way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Report } from '../../../src/shared/model'
import { ReportStore } from '../../../src/renderer/src/state/report-store'
import { makeReport } from '../support/render'

/** A draft of the report's title, as the notes editor keeps its document: text that only `commit` hands over. */
function titleDraft(store: ReportStore) {
  let text = ''
  let pending = false
  let serialised = 0
  store.addDraft(() => {
    if (!pending) return
    pending = false
    serialised += 1
    const title = text
    store.update((r) => ({ ...r, title }))
  })
  return {
    type(more: string) {
      text += more
      pending = true
      store.draftChanged()
    },
    serialised: () => serialised
  }
}

function disk() {
  const saved: Report[] = []
  let hold: Promise<void> | undefined
  let release = () => {}
  return {
    saved,
    holdNext() {
      hold = new Promise((resolve) => (release = resolve))
    },
    release: () => release(),
    save: async ({ report }: { report: Report }) => {
      saved.push(report)
      if (hold) await hold
      hold = undefined
      return {
        ok: true as const,
        value: { revision: report.revision + 1, updatedAt: '2027-01-14T10:00:00.000Z' }
      }
    }
  }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('a draft in the report store', () => {
  it('is serialised once, when the autosave wait has passed, not on every key', async () => {
    const d = disk()
    const store = new ReportStore(makeReport(), d.save)
    const draft = titleDraft(store)
    for (const key of 'Tilannekuva') {
      draft.type(key)
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(store.getSaveState().kind).toBe('pending')
    expect(draft.serialised()).toBe(0)
    expect(d.saved).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(400)
    expect(draft.serialised()).toBe(1)
    expect(d.saved.map((r) => r.title)).toEqual(['Tilannekuva'])
    expect(store.hasUnsavedChanges()).toBe(false)
  })

  it('counts as unsaved until saved, and a flush saves it at once', async () => {
    const d = disk()
    const store = new ReportStore(makeReport(), d.save)
    const draft = titleDraft(store)
    draft.type('Heti')
    expect(store.hasUnsavedChanges()).toBe(true)
    await store.flush()
    expect(d.saved.map((r) => r.title)).toEqual(['Heti'])
    expect(store.hasUnsavedChanges()).toBe(false)
  })

  it('is what a reader of the report gets, and subscribers hear of it after the read', async () => {
    const store = new ReportStore(makeReport(), disk().save)
    const draft = titleDraft(store)
    const heard = vi.fn()
    store.subscribe(heard)
    draft.type('Luettu')
    heard.mockClear()
    expect(store.getReport().title).toBe('Luettu')
    expect(store.getSavableReport().title).toBe('Luettu')
    expect(heard).not.toHaveBeenCalled() // not inside the read (React may be rendering)
    await Promise.resolve()
    expect(heard).toHaveBeenCalledTimes(1)
  })

  it('keeps keys typed while a save is on its way and saves them next', async () => {
    const d = disk()
    const store = new ReportStore(makeReport(), d.save)
    const draft = titleDraft(store)
    draft.type('Ensimmäinen')
    d.holdNext()
    const first = store.flush()
    draft.type(' ja toinen')
    d.release()
    await first
    await store.flush()
    expect(d.saved.map((r) => r.title)).toEqual(['Ensimmäinen', 'Ensimmäinen ja toinen'])
  })

  it('is ignored by a read-only report', async () => {
    const d = disk()
    const store = new ReportStore(makeReport({ title: 'Lukittu' }), d.save, true)
    const draft = titleDraft(store)
    draft.type('Muutettu')
    await store.flush()
    expect(store.getReport().title).toBe('Lukittu')
    expect(store.getSaveState().kind).toBe('saved')
    expect(d.saved).toHaveLength(0)
  })
})
