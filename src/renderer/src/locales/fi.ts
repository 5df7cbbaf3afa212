/** The Finnish words of every namespace: one script chunk, loaded only when Finnish is needed (see ../i18n.ts). */
import { bundle } from './bundle'

export default bundle(
  import.meta.glob('../../../shared/i18n/locales/fi/*.json', { eager: true, import: 'default' })
)
