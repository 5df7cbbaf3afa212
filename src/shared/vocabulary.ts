/**
 * The fixed word lists of the model, without zod: the renderer's first screen (the library) needs these but none
 * of the schemas, so importing them from here keeps zod out of its script. `model.ts` builds its schemas on them.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const
export const REPORT_STATES = ['draft', 'final'] as const
