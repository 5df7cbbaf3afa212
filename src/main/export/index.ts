/** The Word export: report → .docx (own layout or an organisation template), file names, text cleaning. */
import { readFile } from 'node:fs/promises'
import { ServiceError } from '../../shared/contract'
import type { Report } from '../../shared/model'
import { exportReport, type ExportOptionsInput } from './document'
import { fillTemplate } from './template-fill'

export { exportReport, type ExportOptionsInput } from './document'
export { fillTemplate, templatePlaceholders } from './template-fill'
export { defaultFileName } from './filename'

/** The .docx for `report`: the organisation template filled when options name one, else the app's own layout. */
export async function exportDocx(report: Report, options: ExportOptionsInput = {}): Promise<Buffer> {
  if (!options.organisationTemplatePath) return exportReport(report, options)
  let template: Buffer
  try {
    template = await readFile(options.organisationTemplatePath)
  } catch {
    throw new ServiceError('not_found', 'organisation template not readable')
  }
  return fillTemplate(template, report, options)
}
