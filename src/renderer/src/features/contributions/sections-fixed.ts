/**
 * True inside a contribution report: its sections are the ones requested, so none is added or removed there (a
 * section added would not reach the coordinator, one removed would be sent back as it was asked).
 */
import { createContext, useContext } from 'react'

export const SectionsFixedContext = createContext(false)

export function useSectionsFixed(): boolean {
  return useContext(SectionsFixedContext)
}
