/**
 * A section's status and trend as the user must be able to read them without colour: coloured icon, a distinct
 * shape per status (✓ ● ▲ ○) and the word. Shared by the outline, the section editor, the overview and actions views.
 */
import type { ReactElement, ReactNode } from 'react'
import {
  ArrowDownRightRegular,
  ArrowRightRegular,
  ArrowUpRightRegular,
  CheckmarkCircleFilled,
  CircleFilled,
  CircleRegular,
  SubtractRegular,
  TriangleFilled
} from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Status, Trend } from '../../../shared/model'
import { STATUS_PALETTE } from '../../../shared/status-palette'
import './StatusBadge.css'

export const STATUS_ICONS: Record<Status, ReactElement> = {
  on_track: <CheckmarkCircleFilled />,
  needs_attention: <CircleFilled />,
  critical: <TriangleFilled />,
  not_assessed: <CircleRegular />
}

const TREND_ICONS: Record<Trend, ReactElement> = {
  improving: <ArrowUpRightRegular />,
  unchanged: <ArrowRightRegular />,
  worsening: <ArrowDownRightRegular />,
  none: <SubtractRegular />
}

/** The colour of a status's mark on screen: the same palette the Word export prints, so both show one amber. */
export function statusColour(status: Status): string {
  return `#${STATUS_PALETTE[status].foreground}`
}

/**
 * The status icon alone, coloured and shaped per status; decorative (pair it with the word). `children` draws the
 * shape another way (StatusShape: a <use> of one shared drawing, for long lists).
 */
export function StatusIcon({ status, children }: { status: Status; children?: ReactNode }) {
  return (
    <span
      className={`status-icon status-${status}`}
      aria-hidden="true"
      data-status={status}
      style={{ color: statusColour(status) }}
    >
      {children ?? STATUS_ICONS[status]}
    </span>
  )
}

export interface StatusBadgeProps {
  status: Status
  /**
   * Show only the icon; the word is still there for screen readers and as a tooltip. Use where space is tight
   * (the outline) — the shape keeps the status readable without colour.
   */
  compact?: boolean
}

/** Status as icon + word, e.g. "▲ Kriittinen". */
export function StatusBadge({ status, compact = false }: StatusBadgeProps) {
  const { t } = useTranslation()
  const word = t(`status.${status}`)
  return (
    <span className="status-badge" title={compact ? word : undefined} data-status={status}>
      <StatusIcon status={status} />
      <span className={compact ? 'visually-hidden' : 'status-word'}>{word}</span>
    </span>
  )
}

/** Trend as arrow + word, e.g. "↘ Heikkenee". */
export function TrendBadge({ trend, compact = false }: { trend: Trend; compact?: boolean }) {
  const { t } = useTranslation()
  const word = t(`trend.${trend}`)
  return (
    <span className="trend-badge" title={compact ? word : undefined} data-trend={trend}>
      <span className={`trend-icon trend-${trend}`} aria-hidden="true">
        {TREND_ICONS[trend]}
      </span>
      <span className={compact ? 'visually-hidden' : 'status-word'}>{word}</span>
    </span>
  )
}
