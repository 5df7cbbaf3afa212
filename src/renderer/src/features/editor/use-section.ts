/** Subscriptions to one part of one section, and the function that changes that section. */
import { useCallback } from 'react'
import type { Section } from '../../../../shared/model'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { updateSection } from './section-ops'

/**
 * One slice of the section with `id` (undefined when the section is gone). Select a field, not the section: the
 * section object changes on every keystroke in its notes, its key figures array does not.
 */
export function useSectionSlice<T>(id: string, select: (section: Section) => T): T | undefined {
  return useReportSelector((report) => {
    const section = report.sections.find((s) => s.id === id)
    return section ? select(section) : undefined
  })
}

/** Returns `change(fn)`, which applies `fn` to the section with `id` through the store (and its autosave). */
export function useChangeSection(id: string): (change: (section: Section) => Section) => void {
  const store = useReportStore()
  return useCallback((change) => store.update((report) => updateSection(report, id, change)), [store, id])
}
