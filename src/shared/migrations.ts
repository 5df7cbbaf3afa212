/**
 * Report file versions, one step per version. Each step takes the raw JSON of version N and returns version N+1;
 * the result is then validated with the current schema. Every step is tested from a stored fixture of version N.
 *
 * Version 1: `classification` was a free string ("JULKINEN", "KÄYTTÖ RAJOITETTU", "SALASSA PIDETTÄVÄ JulkL 24.1 § 7 k"
 * or ""), and sections had no `trend`. Version 2: classification is `{ level, legalBasis }`; sections carry a trend.
 */
import { reportSchema, SCHEMA_VERSION, type ClassificationLevel, type Report } from './model'
import { checkShape } from './shape-guard'

type Raw = Record<string, unknown>
type Step = (raw: Raw) => Raw

export type MigrationResult =
  | { ok: true; report: Report; migratedFrom?: number }
  | { ok: false; reason: 'newer_version'; schemaVersion: number }
  | { ok: false; reason: 'invalid'; detail: string }

/** Maps a version 1 classification string to the structured marking of version 2. */
export function classificationFromV1(marking: string): { level: ClassificationLevel; legalBasis: string } {
  const text = marking.trim()
  const upper = text.toLocaleUpperCase('fi')
  if (text === '') return { level: 'none', legalBasis: '' }
  if (upper === 'JULKINEN') return { level: 'public', legalBasis: '' }
  if (upper.startsWith('KÄYTTÖ RAJOITETTU') || upper.startsWith('TL IV'))
    return { level: 'restricted', legalBasis: '' }
  if (upper.startsWith('SALASSA PIDETTÄVÄ')) {
    return { level: 'secret', legalBasis: text.slice('SALASSA PIDETTÄVÄ'.length).trim() }
  }
  // An unknown marking is kept where a reader will see it rather than dropped.
  return { level: 'secret', legalBasis: text }
}

const steps: Record<number, Step> = {
  1: (raw) => ({
    ...raw,
    schemaVersion: 2,
    classification: classificationFromV1(typeof raw.classification === 'string' ? raw.classification : ''),
    sections: Array.isArray(raw.sections)
      ? raw.sections.map((section: unknown) =>
          typeof section === 'object' && section !== null ? { trend: 'none', ...section } : section
        )
      : raw.sections
  })
}

/** Brings a parsed report file of any known version to the current one and validates it. */
export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', detail: 'not an object' }
  }
  // Before any step or the schema: both recurse per level, and a hostile file can nest thousands deep.
  const shape = checkShape(raw)
  if (!shape.ok) return { ok: false, reason: 'invalid', detail: `${shape.problem} at ${shape.path || '/'}` }
  let data = raw as Raw
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', detail: 'schemaVersion missing' }
  }
  if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer_version', schemaVersion: version }
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = steps[from]
    if (!step) return { ok: false, reason: 'invalid', detail: `no migration from ${from}` }
    data = step(data)
  }
  const parsed = reportSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      reason: 'invalid',
      detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'
    }
  }
  return version < SCHEMA_VERSION
    ? { ok: true, report: parsed.data, migratedFrom: version }
    : { ok: true, report: parsed.data }
}

/**
 * Reads what it can of a report written by a newer version, for read-only display: unknown fields are dropped.
 * Null when even that fails.
 */
export function readNewerForDisplay(raw: unknown): Report | null {
  if (typeof raw !== 'object' || raw === null) return null
  const parsed = reportSchema.safeParse({ ...(raw as Raw), schemaVersion: SCHEMA_VERSION })
  return parsed.success ? parsed.data : null
}
