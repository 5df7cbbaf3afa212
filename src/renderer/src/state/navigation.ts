/** Where the user is. A small state machine instead of a router: a desktop app has no URLs to share. */
export type ReportTab =
  'sections' | 'overview' | 'keyFigures' | 'actions' | 'meeting' | 'details' | 'changes' | 'contributions'

export type View =
  /** `intent` opens the create dialog or the import picker at once (from the application menu). */
  | { name: 'library'; intent?: 'create' | 'import'; nonce?: number }
  /** A new `reload` opens the report afresh from disk (after a merge saved a new revision in main). */
  | { name: 'report'; reportId: string; tab: ReportTab; sectionId?: string; reload?: number }
  | { name: 'templates'; templateId?: string }
  /** `from`: the report (tab and section) settings were opened from, where closing them returns. */
  | { name: 'settings'; from?: ReportPlace }

export type ReportPlace = Extract<View, { name: 'report' }>

/** Settings opened from `current`: remember the report the user was in (kept when settings are opened again). */
export function settingsFrom(current: View): View {
  if (current.name === 'report') return { name: 'settings', from: current }
  if (current.name === 'settings') return current
  return { name: 'settings' }
}

export type Navigate = (view: View) => void
