/**
 * The one palette of section statuses, for the screen and the exported document alike, so "needs attention" is
 * the same amber wherever an official sees it. Colour never carries the meaning alone: the status word (and on
 * screen a shape) always stands beside it.
 *
 * Contrast (WCAG 2.1, checked in test/shared/status-palette.test.ts):
 * - `foreground` (icons, marks on white): at least 4.5:1 against white, so it also passes as text;
 * - `fill` (table cell and badge backgrounds): black text on it at least 12:1, and `foreground` on it at least 3:1.
 */
import type { Status } from './model'

export interface StatusColours {
  /** Hex RRGGBB without '#': icons and marks on a white background. */
  foreground: string
  /** Hex RRGGBB without '#': the light background behind the status word. */
  fill: string
}

export const STATUS_PALETTE: Record<Status, StatusColours> = {
  on_track: { foreground: '0E700E', fill: 'D9F2D9' },
  needs_attention: { foreground: '8A5A00', fill: 'FFE8A3' },
  critical: { foreground: 'BC2F32', fill: 'F9D2D3' },
  not_assessed: { foreground: '616161', fill: 'EDEDED' }
}
