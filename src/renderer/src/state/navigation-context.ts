import { createContext, useContext } from 'react'
import type { Navigate } from './navigation'

export const NavigationContext = createContext<Navigate>(() => {})

/** Moves to another view (library, a report's tab, templates, settings). */
export function useNavigate(): Navigate {
  return useContext(NavigationContext)
}
