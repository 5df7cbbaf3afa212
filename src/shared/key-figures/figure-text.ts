/**
 * Key-figure numbers and the one-sentence summary in the report's language: "72,5 % — tavoite 80 % (2030), +3,1
 * %-yks. edellisestä kokouksesta" — the same words on the screen and in the Word export. A share in per cent moves in percentage points; other quantities show their
 * change in their own unit and, beside it, in per cent.
 */
import { formatDate } from '../dates'
import type { SeriesFacts } from './facts'
import type { KeyFigureSeries } from './series'

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }
const NBSP = '\u00A0'
const CURRENCY = new Set(['€', '$', '£'])

/**
 * The words a summary needs, fixed to one language: the renderer's i18next getFixedT(language, 'keyFigures'), or
 * main's translator for the Word export. A method, so either process's typed function fits.
 */
export interface FigureWords {
  t(key: string, values?: Record<string, string | number>): string
  language: string
}

type Quantity = Pick<KeyFigureSeries, 'unit' | 'scale' | 'percent'>

// Building an Intl.NumberFormat costs far more than formatting with one; a table formats hundreds of numbers.
const formats = new Map<string, Intl.NumberFormat>()

/** A plain number in the report's language: "72,5", "1 234 567", signed "+3,1". */
export function formatNumber(value: number, language: string, signed = false): string {
  // Whole numbers above a thousand need no decimals; smaller ones keep what officials write (72,5; 0,25).
  const digits = Math.abs(value) >= 1000 ? 0 : 2
  const key = `${language}|${digits}|${signed}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language] ?? 'fi-FI', {
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto'
    })
    formats.set(key, format)
  }
  return format.format(value)
}

/** Thousands read better written out ("350 000"); millions and billions keep the writer's scale word. */
export function displayScale(quantity: Quantity): number {
  return !quantity.percent && quantity.scale >= 1e6 ? quantity.scale : 1
}

/** A value of the series in its unit and scale: "72,5 %", "1,2 mrd €", "€1.2 billion", "20 000 000". */
export function formatQuantity(
  value: number,
  quantity: Quantity,
  words: FigureWords,
  signed = false
): string {
  const { language, t } = words
  if (quantity.percent) {
    const text = formatNumber(value, language, signed)
    return language === 'en' ? `${text}%` : `${text}${NBSP}%`
  }
  const scale = displayScale(quantity)
  const text = formatNumber(value / scale, language, signed)
  const scaleWord = scale === 1e9 ? t('scale.billion') : scale === 1e6 ? t('scale.million') : ''
  if (language === 'en' && CURRENCY.has(quantity.unit)) {
    const sign = /^[+\-−]/.test(text) ? (text[0] as string) : ''
    return `${sign}${quantity.unit}${text.slice(sign.length)}${scaleWord ? ` ${scaleWord}` : ''}`
  }
  return [text, scaleWord, quantity.unit].filter(Boolean).join(NBSP)
}

/** A change: percentage points for a share, else the unit's own change and the relative change. */
export function formatChange(
  change: NonNullable<SeriesFacts['change']>,
  quantity: Quantity,
  words: FigureWords
): string {
  if (quantity.percent) {
    return words.t('points', {
      count: Math.abs(change.delta),
      delta: formatNumber(change.delta, words.language, true)
    })
  }
  const delta = formatQuantity(change.delta, quantity, words, true)
  if (change.relative === null) return delta
  const relative = formatQuantity(change.relative * 100, { ...quantity, percent: true }, words, true)
  return words.t('relative', { delta, relative })
}

/** The target as text: "80 %", with its year for the line's label. */
export function targetText(series: KeyFigureSeries, words: FigureWords): string {
  return series.target ? formatQuantity(series.target.value, series, words) : ''
}

/** The label of the target line: "Tavoite 80 % (2030)". */
export function targetLabel(series: KeyFigureSeries, words: FigureWords): string {
  if (!series.target) return ''
  const target = targetText(series, words)
  return series.target.year
    ? words.t('targetLineYear', { target, year: series.target.year })
    : words.t('targetLine', { target })
}

/** The one-sentence summary of a series, in the report's language. */
export function summarySentence(series: KeyFigureSeries, facts: SeriesFacts, words: FigureWords): string {
  const { t, language } = words
  const { latest, change } = facts
  if (!latest) return t('summary.noValue')
  const value = formatQuantity(latest.point.value, series, words)
  let sentence = latest.current
    ? value
    : t('summary.valueAt', { value, date: formatDate(latest.point.meetingDate, language) || '–' })
  if (series.target) {
    const target = targetText(series, words)
    sentence += ` — ${
      series.target.year
        ? t('summary.targetYear', { target, year: series.target.year })
        : t('summary.target', { target })
    }`
  }
  if (!change) return `${sentence}, ${t('summary.first')}`
  const date = formatDate(change.from.meetingDate, language) || '–'
  if (change.delta === 0) {
    return `${sentence}, ${change.previousMeeting ? t('summary.unchangedPreviousMeeting') : t('summary.unchangedSince', { date })}`
  }
  const text = formatChange(change, series, words)
  return `${sentence}, ${
    change.previousMeeting
      ? t('summary.changePreviousMeeting', { change: text })
      : t('summary.changeSince', { change: text, date })
  }`
}
