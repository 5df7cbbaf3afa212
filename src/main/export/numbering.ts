/**
 * Lists of the document: two list definitions (bullets and numbers, nine levels each) and one numbering instance
 * per list, so every list starts where the official's list starts — "4." stays 4, whether typed as "4. " or
 * pasted as <ol start="4"> — instead of being renumbered from 1.
 */

/** Lists nest to at most this many levels in Word's numbering (0-based levels 0–8). */
export const MAX_LIST_LEVEL = 8

export type ListKind = 'bullet' | 'number'

const BULLET_CHARS = ['•', '◦', '▪']
const NUMBER_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman']
const LEVELS = Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => level)

/** Left indent of a list level's text, from the body column (twips). */
export const listIndent = (level: number): number => 454 * (level + 1)

function levelXml(kind: ListKind, level: number): string {
  const format = kind === 'bullet' ? 'bullet' : (NUMBER_FORMATS[level % 3] as string)
  const text = kind === 'bullet' ? (BULLET_CHARS[level % 3] as string) : `%${level + 1}.`
  return (
    `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>` +
    `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${listIndent(level)}" w:hanging="284"/></w:pPr></w:lvl>`
  )
}

interface ListInstance {
  kind: ListKind
  /** Start number by level, for the levels this instance has used. */
  starts: Map<number, number>
}

/** The lists of one document. Ids start after the bases (an organisation template may have lists of its own). */
export class Numbering {
  private readonly lists: ListInstance[] = []

  constructor(
    private readonly idBase = 0,
    private readonly abstractBase = 0
  ) {}

  private abstractId(kind: ListKind): number {
    return this.abstractBase + (kind === 'bullet' ? 1 : 2)
  }

  /** A new list; returns its numId. */
  newList(kind: ListKind): number {
    this.lists.push({ kind, starts: new Map() })
    return this.idBase + this.lists.length
  }

  /** Records that list `numId` starts level `level` at `start` (the first time only). */
  start(numId: number, level: number, start: number): void {
    const list = this.lists[numId - this.idBase - 1]
    if (list && !list.starts.has(level)) list.starts.set(level, start)
  }

  get isEmpty(): boolean {
    return this.lists.length === 0
  }

  /** The w:abstractNum elements. */
  abstractsXml(): string {
    return (['bullet', 'number'] as const)
      .map(
        (kind) =>
          `<w:abstractNum w:abstractNumId="${this.abstractId(kind)}"><w:multiLevelType w:val="multilevel"/>` +
          LEVELS.map((level) => levelXml(kind, level)).join('') +
          '</w:abstractNum>'
      )
      .join('')
  }

  /**
   * The w:num elements: each numbered list restarts at its own start (startOverride = the list's start) on every
   * level it uses; a list that never said where it starts starts at 1.
   */
  numsXml(): string {
    return this.lists
      .map((list, index) => {
        let overrides = ''
        if (list.kind === 'number') {
          const starts = list.starts.size > 0 ? list.starts : new Map([[0, 1]])
          for (const [level, start] of [...starts].sort((a, b) => a[0] - b[0])) {
            overrides += `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`
          }
        }
        return `<w:num w:numId="${this.idBase + index + 1}"><w:abstractNumId w:val="${this.abstractId(list.kind)}"/>${overrides}</w:num>`
      })
      .join('')
  }

  /** The whole numbering part. */
  xml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      this.abstractsXml() +
      this.numsXml() +
      '</w:numbering>'
    )
  }
}

/** The start of a TipTap ordered list: its `start` attribute when it is a whole number ≥ 0, else 1. */
export function listStart(value: unknown): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n < 32768 ? n : 1
}
