/** The English words of every namespace: one script chunk, loaded only when English is needed (see ../i18n.ts). */
import { bundle } from './bundle'

export default bundle(
  import.meta.glob('../../../shared/i18n/locales/en/*.json', { eager: true, import: 'default' })
)
