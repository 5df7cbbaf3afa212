/**
 * Full-text search over the library with MiniSearch: title, meeting name, notes, decisions and actions.
 * Built lazily on the first search (reading every report once), then kept up to date on save and delete.
 * Terms are folded to their base letters, so "paatos" finds "päätös" and "päätös" finds "paatos".
 */
import MiniSearch from 'minisearch'
import type { Report } from '../../shared/model'
import { plainText } from '../../shared/richtext'

interface SearchDocument {
  id: string
  title: string
  meetingName: string
  text: string
}

/** Lowercases and strips diacritics (ä→a, ö→o, å→a, é→e) for index and query alike. */
export function foldTerm(term: string): string {
  return term.toLocaleLowerCase('fi').normalize('NFD').replace(/\p{M}/gu, '')
}

function toDocument(report: Report): SearchDocument {
  const parts: string[] = []
  for (const section of report.sections) {
    parts.push(section.title, plainText(section.notes))
    for (const decision of section.decisions) parts.push(decision.text)
    for (const action of section.actions) parts.push(action.what, action.who)
  }
  return { id: report.id, title: report.title, meetingName: report.meeting.name, text: parts.join('\n') }
}

export class ReportSearch {
  private index: MiniSearch<SearchDocument> | undefined
  private building: Promise<MiniSearch<SearchDocument>> | undefined
  /** Saves made before the index exists are picked up when it is built; after that they are applied here. */
  private readonly pending = new Map<string, Report | null>()

  constructor(private readonly source: () => AsyncIterable<Report>) {}

  private async build(): Promise<MiniSearch<SearchDocument>> {
    const index = new MiniSearch<SearchDocument>({
      fields: ['title', 'meetingName', 'text'],
      processTerm: (term) => foldTerm(term) || null,
      searchOptions: { boost: { title: 3, meetingName: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' }
    })
    for await (const report of this.source()) index.add(toDocument(report))
    return index
  }

  /** Ids of matching reports, best first. */
  async search(query: string): Promise<string[]> {
    if (!query.trim()) return []
    if (!this.index) {
      this.building ??= this.build()
      this.index = await this.building
    }
    const index = this.index
    // Applied here rather than on save, so saving a large report never pays for re-indexing it.
    for (const [id, report] of this.pending) {
      if (index.has(id)) index.discard(id)
      if (report) index.add(toDocument(report))
    }
    this.pending.clear()
    return index.search(query).map((result) => String(result.id))
  }

  /** Records a saved (report) or removed (null) report; re-indexed on the next search. */
  changed(id: string, report: Report | null): void {
    if (this.index || this.building) this.pending.set(id, report)
  }
}
