/** Where the user is. A small state machine instead of a router: a desktop app has no URLs to share. */
export type ReportTab = 'sections' | 'overview' | 'actions' | 'meeting' | 'details' | 'changes'

export type View =
  | { name: 'library' }
  | { name: 'report'; reportId: string; tab: ReportTab; sectionId?: string }
  | { name: 'templates'; templateId?: string }
  | { name: 'settings' }

export type Navigate = (view: View) => void
