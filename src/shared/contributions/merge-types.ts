/**
 * The vocabulary of merging a contribution: conflicts (with both versions and the base), their resolutions, and the
 * merge state that `resolve` updates. "Mine" is always the coordinator's report, "theirs" the contributor's reply.
 */
import {
  actionSchema,
  decisionSchema,
  keyFigureSchema,
  type Action,
  type Decision,
  type KeyFigure
} from '../model'
import type { Report, Section } from '../model'
import type { RichDoc } from '../richtext'
import type { Contributor } from './format'

/** Section fields merged as one value each. */
export const SCALAR_FIELDS = ['title', 'guidance', 'status', 'trend', 'owner'] as const
export type ScalarField = (typeof SCALAR_FIELDS)[number]

/** Section lists merged item by item, by id. */
export const LIST_NAMES = ['keyFigures', 'decisions', 'actions'] as const
export type ListName = (typeof LIST_NAMES)[number]
export type ListItem = KeyFigure | Decision | Action

/** Schemas of one item of each list (to check an "edit both into one" value). */
export const ITEM_SCHEMAS = { keyFigures: keyFigureSchema, decisions: decisionSchema, actions: actionSchema }

/** Keep the coordinator's version, take the contributor's, or a version the coordinator wrote from both. */
export type Resolution<T> = { choice: 'mine' } | { choice: 'theirs' } | { choice: 'edited'; value: T }

interface ConflictCommon {
  /** Stable and the same whichever side is "mine": `<sectionId>:<what>[:<itemId>]`. */
  id: string
  sectionId: string
  /** The section's title on the coordinator's side (the contributor's when the coordinator removed it). */
  sectionTitle: string
}

/** Both sides changed the same field of a section to different values. */
export interface FieldConflict extends ConflictCommon {
  kind: 'field'
  field: ScalarField
  base: string
  mine: string
  theirs: string
  resolution?: Resolution<string>
}

/** Both sides changed the notes. `formattingOnly` says a side changed only formatting (its plain text is the base's). */
export interface NotesConflict extends ConflictCommon {
  kind: 'notes'
  base: RichDoc
  mine: RichDoc
  theirs: RichDoc
  formattingOnly: { mine: boolean; theirs: boolean }
  resolution?: Resolution<RichDoc>
}

/**
 * An item of a list changed on both sides, or deleted on one side and edited on the other (that side is null), or
 * added on both sides under one id. Fields changed on one side only are already merged into both versions.
 */
export interface ItemConflict extends ConflictCommon {
  kind: 'item'
  list: ListName
  itemId: string
  base: ListItem | null
  mine: ListItem | null
  theirs: ListItem | null
  resolution?: Resolution<ListItem>
}

/** The coordinator removed a section the contributor wrote in: "take theirs" puts the section back. */
export interface SectionRemovedConflict extends ConflictCommon {
  kind: 'section_removed'
  base: Section
  mine: null
  theirs: Section
  resolution?: Resolution<Section>
}

export type Conflict = FieldConflict | NotesConflict | ItemConflict | SectionRemovedConflict

/** A change taken from the contributor without conflict, for the "what came in" list. */
export interface TakenChange {
  sectionId: string
  /** e.g. ['status'], ['notes'], ['actions', '<itemId>']. */
  path: string[]
  change: 'changed' | 'added' | 'removed'
}

/** One place in a merged list: a settled item, or the conflict that decides it. */
export type ListSlot = { id: string; item: ListItem } | { id: string; conflictId: string }

/** How one requested section comes out: its settled fields and list slots, or removed pending a conflict. */
export type SectionPlan =
  | {
      kind: 'merged'
      /** Settled values; a conflicted field holds the coordinator's value, lists are built from `lists`. */
      section: Section
      lists: Record<ListName, ListSlot[]>
    }
  | { kind: 'removed'; sectionId: string; conflictId: string }

/** What a merge of one section gives. */
export interface SectionMerge {
  plan: SectionPlan
  conflicts: Conflict[]
  taken: TakenChange[]
}

/** Which reply was merged: kept by the coordinator's app so the same reply is not merged twice. */
export interface MergedReplyRecord {
  requestId: string
  replyHash: string
}

/** A merge in progress. Nothing is written until the coordinator confirms `mergedReport(state)`. */
export interface MergeState {
  requestId: string
  replyHash: string
  contributor: Contributor
  /** The coordinator's report as it was when the merge started: the revision the merged report is saved on. */
  mine: Report
  /** Ids of the report's sections at the base revision, to put a removed section back where it was. */
  sectionOrder: string[]
  plans: SectionPlan[]
  conflicts: Conflict[]
  taken: TakenChange[]
}
