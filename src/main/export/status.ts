/** Status colours: the three-colour scale as cell and run shading, always next to the status word (never colour alone). */
import type { Status } from '../../shared/model'

export const STATUS_FILL: Record<Status, string> = {
  on_track: 'C6EFCE',
  needs_attention: 'FFEB9C',
  critical: 'FFC7CE',
  not_assessed: 'EDEDED'
}
