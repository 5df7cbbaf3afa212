/** The Finnish words of every namespace by file path: one chunk, loaded only when Finnish is needed (../i18n.ts). */
export default import.meta.glob('../../../shared/i18n/locales/fi/*.json', { eager: true, import: 'default' })
