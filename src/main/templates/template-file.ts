/**
 * The `.tilannekuva-template.json` file: one template as JSON, validated with the same schema as stored templates.
 * Pure: text in, template out; the service does the reading and writing.
 */
import { ServiceError } from '../../shared/contract'
import { templateSchema, type Template } from '../../shared/model'
import { safeStem } from '../export/filename'

export const TEMPLATE_FILE_SUFFIX = '.tilannekuva-template.json'
/** A template is a few kilobytes; refuse to parse anything absurdly large. */
export const MAX_TEMPLATE_FILE_BYTES = 5 * 1024 * 1024

/** Parses an imported template file; anything not a valid template → invalid_file. Never marks it built-in. */
export function parseTemplateFile(text: string): Template {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ServiceError('invalid_file', 'not JSON')
  }
  const parsed = templateSchema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new ServiceError('invalid_file', first ? `${first.path.join('.')}: ${first.message}` : 'invalid')
  }
  return { ...parsed.data, builtIn: false }
}

/** The file's text: stable, readable JSON that a colleague can open and diff. */
export function serializeTemplate(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`
}

/** A file name from a template name, safe on Windows, macOS and Linux (the export's rules); never empty. */
export function templateFileName(name: string): string {
  return `${safeStem(name) || 'pohja'}${TEMPLATE_FILE_SUFFIX}`
}
