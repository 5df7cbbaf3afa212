/** The English words of every namespace by file path: one chunk, loaded only when English is needed (../i18n.ts). */
export default import.meta.glob('../../../shared/i18n/locales/en/*.json', { eager: true, import: 'default' })
