/** The built-in templates that ship with the app. They are read-only: users copy them to adapt them. */
import type { Template } from '../model'
import { DIGITALISATION_TEMPLATE } from './digitalisation'
import { MEETING_STATUS_TEMPLATE } from './meeting-status'

export { localText } from './local-text'

/** Every built-in template, in the order the template list shows them. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [DIGITALISATION_TEMPLATE, MEETING_STATUS_TEMPLATE]

/** The built-in template with this id, or undefined. */
export function findBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id)
}

/** True when `id` names a built-in template (user templates may never take such an id). */
export function isBuiltInTemplateId(id: string): boolean {
  return findBuiltInTemplate(id) !== undefined
}
