/** Where the user is. A small state machine instead of a router: a desktop app has no URLs to share. */
export type ReportTab = 'sections' | 'overview' | 'keyFigures' | 'actions' | 'meeting' | 'details' | 'changes'

export type View =
  /** `intent` opens the create dialog or the import picker at once (from the application menu). */
  | { name: 'library'; intent?: 'create' | 'import'; nonce?: number }
  | { name: 'report'; reportId: string; tab: ReportTab; sectionId?: string }
  | { name: 'templates'; templateId?: string }
  | { name: 'settings' }

export type Navigate = (view: View) => void
