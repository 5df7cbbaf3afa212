/** The Swedish words of every namespace by file path: one chunk, loaded only when Swedish is needed (../i18n.ts). */
export default import.meta.glob('../../../shared/i18n/locales/sv/*.json', { eager: true, import: 'default' })
