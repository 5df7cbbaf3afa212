/** The Word export: report → .docx (own layout or an organisation template), file names, text cleaning. */
import { readFile } from 'node:fs/promises'
import { ServiceError } from '../../shared/contract'
import type { ReportSnapshot } from '../../shared/key-figures/history'
import type { Report } from '../../shared/model'
import { exportReport, type ExportOptionsInput } from './document'
import type { ImageSource } from './images'

export { exportReport, type ExportOptionsInput } from './document'
export { defaultFileName } from './filename'

/**
 * The .docx for `report`: the organisation template filled when options name one, else the app's own layout, with
 * key-figure charts drawn from `series` (the meeting series, oldest first; see exportReport) and the notes' images.
 */
export async function exportDocx(
  report: Report,
  options: ExportOptionsInput = {},
  series: readonly ReportSnapshot[] = [],
  images: ReadonlyMap<string, ImageSource> = new Map()
): Promise<Buffer> {
  if (!options.organisationTemplatePath) return exportReport(report, options, series, images)
  let template: Buffer
  try {
    template = await readFile(options.organisationTemplatePath)
  } catch {
    throw new ServiceError('not_found', 'organisation template not readable')
  }
  return fillTemplate(template, report, options, series)
}

// The template code is loaded only when a template is used: docx (for its placeholder patching) is a megabyte of
// code that a plain export's process would otherwise spend a sixth of its time compiling.

/** Fills an organisation template with `report` (see template-fill.ts). */
export async function fillTemplate(
  template: Buffer,
  report: Report,
  options: ExportOptionsInput = {},
  series: readonly ReportSnapshot[] = []
): Promise<Buffer> {
  return (await import('./template-fill')).fillTemplate(template, report, options, series)
}

/** The placeholders of a template; throws ServiceError for a file that is not a usable template. */
export async function templatePlaceholders(template: Buffer): Promise<string[]> {
  return (await import('./template-fill')).templatePlaceholders(template)
}
