/**
 * fast-check arbitraries for realistic sections and for the edits a coordinator or a contributor makes to them:
 * notes of paragraphs and (nested-free) lists with bold/italic, key figures, decisions and actions, all parsed with
 * the model's own schemas so every generated section is one the app could hold.
 */
import fc from 'fast-check'
import {
  ACTION_STATES,
  MINISTRIES,
  sectionSchema,
  STATUSES,
  TRENDS,
  type Action,
  type Decision,
  type KeyFigure,
  type Section
} from '../../../src/shared/model'
import type { RichNode } from '../../../src/shared/richtext'

const word = fc.stringMatching(/^[a-zäöå]{3,9}$/)
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '))

const textRun = fc.record({
  text: words(1, 5),
  marks: fc.subarray(['bold', 'italic', 'underline'], { maxLength: 2 })
})
const paragraph = fc.array(textRun, { minLength: 1, maxLength: 3 }).map((runs): RichNode => ({
  type: 'paragraph',
  content: runs.map((run, index) => ({
    type: 'text',
    // A space between runs, so two runs never glue two words into one.
    text: index < runs.length - 1 ? `${run.text} ` : run.text,
    ...(run.marks.length ? { marks: run.marks.map((type) => ({ type })) } : {})
  }))
}))
const list = fc
  .record({ ordered: fc.boolean(), items: fc.array(paragraph, { minLength: 1, maxLength: 3 }) })
  .map(({ ordered, items }): RichNode => ({
    type: ordered ? 'orderedList' : 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [item] }))
  }))
export const notesDoc = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: list }), { maxLength: 4 })
  .map((content) => ({ type: 'doc' as const, content }))

const status = fc.constantFrom(...STATUSES)
const trend = fc.constantFrom(...TRENDS)
const owner = fc.constantFrom('', ...MINISTRIES)
const due = fc.constantFrom('', '2026-11-30', '2027-01-15')

const keyFigureBody = fc.record({
  indicator: words(2, 6),
  value: fc.stringMatching(/^\d{1,3},\d$/),
  target: fc.constantFrom('', '80', '100'),
  unit: fc.constantFrom('%', 'kpl', 'M€'),
  year: fc.constantFrom('2024', '2025', '2026'),
  source: words(0, 3)
})
const decisionBody = fc.record({ text: words(3, 12) })
const actionBody = fc.record({
  what: words(2, 10),
  who: owner,
  due,
  state: fc.constantFrom(...ACTION_STATES)
})

const withIds = <T>(prefix: string, bodies: T[]) =>
  bodies.map((body, i) => ({ id: `${prefix}${i + 1}`, ...body }))

/** A section as a template and a writer would leave it. */
export const sectionArb: fc.Arbitrary<Section> = fc
  .record({
    title: words(1, 4),
    guidance: words(0, 8),
    status,
    trend,
    owner,
    notes: notesDoc,
    keyFigures: fc.array(keyFigureBody, { minLength: 1, maxLength: 4 }),
    decisions: fc.array(decisionBody, { maxLength: 3 }),
    actions: fc.array(actionBody, { minLength: 1, maxLength: 5 })
  })
  .map((body) =>
    sectionSchema.parse({
      id: 'sec',
      ...body,
      keyFigures: withIds('k', body.keyFigures),
      decisions: withIds('d', body.decisions),
      actions: withIds('a', body.actions)
    })
  )

type ListName = 'keyFigures' | 'decisions' | 'actions'
const listName = fc.constantFrom<ListName>('keyFigures', 'decisions', 'actions')

/** Edits a person makes to a section's own fields and notes. */
const fieldEdits = [
  fc.record({ op: fc.constant('title' as const), value: words(1, 4) }),
  fc.record({ op: fc.constant('status' as const), value: status }),
  fc.record({ op: fc.constant('trend' as const), value: trend }),
  fc.record({ op: fc.constant('owner' as const), value: owner }),
  fc.record({ op: fc.constant('notes' as const), doc: notesDoc }),
  fc.record({ op: fc.constant('notesAppend' as const), paragraph }),
  fc.record({ op: fc.constant('notesBold' as const) })
] as const
/** Edits to key figures, decisions and actions; near the top of a list, so both sides often touch one item. */
const itemEdits = [
  fc.record({
    op: fc.constant('itemEdit' as const),
    list: listName,
    index: fc.nat({ max: 1 }),
    text: words(1, 6),
    status: fc.constantFrom(...ACTION_STATES)
  }),
  fc.record({ op: fc.constant('itemDelete' as const), list: listName, index: fc.nat({ max: 1 }) }),
  fc.record({
    op: fc.constant('itemAdd' as const),
    list: listName,
    index: fc.nat(),
    keyFigure: keyFigureBody,
    decision: decisionBody,
    action: actionBody
  }),
  fc.record({ op: fc.constant('reorder' as const), list: listName, shift: fc.integer({ min: 1, max: 4 }) })
] as const
const anyEdit = fc.oneof(...fieldEdits, ...itemEdits)
const itemEdit = fc.oneof(...itemEdits)
type Edit = typeof anyEdit extends fc.Arbitrary<infer T> ? T : never

type AnyItem = KeyFigure | Decision | Action

function applyEdit(section: Section, change: Edit, side: string, counter: { n: number }): void {
  const items = (name: ListName) => section[name] as AnyItem[]
  switch (change.op) {
    case 'title':
    case 'owner':
      section[change.op] = change.value
      return
    case 'status':
      section.status = change.value
      return
    case 'trend':
      section.trend = change.value
      return
    case 'notes':
      section.notes = change.doc
      return
    case 'notesAppend':
      section.notes = { type: 'doc', content: [...(section.notes.content ?? []), change.paragraph] }
      return
    case 'notesBold': {
      // Formatting only: the first text run turns bold (or loses its marks).
      const run = section.notes.content?.find((node) => node.type === 'paragraph')?.content?.[0]
      if (run) run.marks = run.marks?.length ? undefined : [{ type: 'bold' }]
      if (run && !run.marks) delete run.marks
      return
    }
    case 'itemEdit': {
      const list = items(change.list)
      const item = list[change.index % Math.max(list.length, 1)]
      if (!item) return
      if ('indicator' in item) item.value = change.text.slice(0, 100)
      else if ('text' in item) item.text = change.text
      else {
        item.what = change.text
        item.state = change.status
      }
      return
    }
    case 'itemDelete': {
      const list = items(change.list)
      if (list.length) list.splice(change.index % list.length, 1)
      return
    }
    case 'itemAdd': {
      const list = items(change.list)
      counter.n += 1
      const id = `${side}${change.list}${counter.n}`
      const body =
        change.list === 'keyFigures'
          ? change.keyFigure
          : change.list === 'decisions'
            ? change.decision
            : change.action
      list.splice(change.index % (list.length + 1), 0, { id, ...body } as AnyItem)
      return
    }
    case 'reorder': {
      const list = items(change.list)
      if (list.length > 1) list.push(...list.splice(0, change.shift % list.length))
      return
    }
  }
}

/** The section after some edits by one side; `side` keeps the ids of items the two sides add apart. */
function editedBy(side: 'm' | 't', base: Section, edit: fc.Arbitrary<Edit>): fc.Arbitrary<Section> {
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    const section = structuredClone(base)
    const counter = { n: 0 }
    for (const change of edits) applyEdit(section, change, side, counter)
    return sectionSchema.parse(section)
  })
}

/** A base section and the two sides' versions of it; half the time both sides work only on the lists. */
export const threeVersions = sectionArb.chain((base) =>
  fc
    .constantFrom(anyEdit, itemEdit)
    .chain((edit) => fc.tuple(fc.constant(base), editedBy('m', base, edit), editedBy('t', base, edit)))
)
