/** Where a request stands for the overview: asked, returned or merged, and whether it is overdue. */
import type { RequestRecord } from '../../../../shared/contributions/ipc'

export type RequestState = 'asked' | 'returned' | 'merged'

export function requestState(record: RequestRecord): RequestState {
  if (record.mergedAt) return 'merged'
  return record.returnedAt ? 'returned' : 'asked'
}

/** The calendar day of `now` on this computer, as YYYY-MM-DD (the due date is a day, not an instant). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Overdue: a due day before today and nothing merged yet. A reply returned but not merged is still waiting. */
export function isOverdue(record: RequestRecord, today: string): boolean {
  return record.due !== '' && record.due < today && requestState(record) !== 'merged'
}
