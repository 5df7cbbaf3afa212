/**
 * Spell checking as a ProseMirror plugin: misspelt words get a wavy underline (a decoration, never a change to
 * the document). Paragraphs are checked in the spelling worker, and only those that changed: ProseMirror keeps
 * an unchanged paragraph as the same node object, so a WeakSet of checked nodes says what is new after an edit.
 * Shift+F10, the context-menu key and a right click on an underlined word ask for the suggestions menu.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Misspelling } from '../../../spell/types'

/** A misspelt word in the document, where the menu should open (viewport coordinates). */
export interface SpellTarget {
  from: number
  to: number
  word: string
  x: number
  y: number
  top?: number
}

export interface SpellPluginOptions {
  /** Checks one paragraph's text in the report's language. */
  check(text: string): Promise<Misspelling[]>
  /** The user asked for suggestions on an underlined word. */
  onMenu(target: SpellTarget): void
  /** How long typing must pause before the changed paragraphs are checked. */
  delay?: number
}

export const spellKey = new PluginKey<DecorationSet>('spelling')

type SpellMeta = {
  type: 'results'
  found: Array<{ pos: number; node: ProseMirrorNode; misspellings: Misspelling[] }>
}

/** The marker for eyes (wavy underline in spell.css, a shape, not only a colour) and for screen readers. */
const ATTRS = { class: 'spell-error', 'aria-invalid': 'spelling' }

/** A textblock's text with one character per position (an inline image or line break counts as a space). */
export function blockText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, undefined, ' ')
}

function decorationsFor(pos: number, misspellings: Misspelling[]): Decoration[] {
  return misspellings.map(({ start, end, word }) =>
    Decoration.inline(pos + 1 + start, pos + 1 + end, ATTRS, {
      word,
      inclusiveStart: false,
      inclusiveEnd: false
    })
  )
}

/** The underlined word at a document position, if any. */
export function misspellingAt(
  state: EditorState,
  pos: number
): { from: number; to: number; word: string } | null {
  const found = spellKey.getState(state)?.find(pos, pos)[0]
  return found ? { from: found.from, to: found.to, word: (found.spec as { word: string }).word } : null
}

function textblocks(doc: ProseMirrorNode): Array<{ node: ProseMirrorNode; pos: number }> {
  const blocks: Array<{ node: ProseMirrorNode; pos: number }> = []
  doc.descendants((node, pos) => {
    if (node.isTextblock) blocks.push({ node, pos })
    return !node.isTextblock
  })
  return blocks
}

/** Checks what changed after a pause, and applies the answers in one transaction per batch. */
class Checker {
  private checked = new WeakSet<ProseMirrorNode>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private answers = new Map<ProseMirrorNode, Misspelling[]>()
  private flushing = false
  private destroyed = false

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellPluginOptions
  ) {
    this.schedule(0)
  }

  /** Checks every paragraph again: the user's dictionary changed. */
  recheckAll(): void {
    this.checked = new WeakSet()
    this.schedule(0)
  }

  schedule(delay = this.options.delay ?? 300): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.run(), delay)
  }

  private run(): void {
    for (const { node } of textblocks(this.view.state.doc)) {
      if (this.checked.has(node)) continue
      this.checked.add(node)
      const text = blockText(node)
      if (!/\p{L}/u.test(text)) {
        this.answer(node, [])
        continue
      }
      // A failed check (an engine that cannot start) leaves the paragraph without underlines, never broken.
      this.options.check(text).then(
        (misspellings) => this.answer(node, misspellings),
        () => undefined
      )
    }
  }

  private answer(node: ProseMirrorNode, misspellings: Misspelling[]): void {
    if (this.destroyed) return
    this.answers.set(node, misspellings)
    if (this.flushing) return
    this.flushing = true
    // Answers arriving together (a whole report at start) are applied together.
    queueMicrotask(() => this.flush())
  }

  private flush(): void {
    this.flushing = false
    if (this.destroyed || this.answers.size === 0) return
    const found: SpellMeta['found'] = []
    for (const { node, pos } of textblocks(this.view.state.doc)) {
      const misspellings = this.answers.get(node)
      if (misspellings) found.push({ pos, node, misspellings })
    }
    this.answers.clear()
    if (found.length === 0) return
    const meta: SpellMeta = { type: 'results', found }
    this.view.dispatch(this.view.state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false))
  }

  destroy(): void {
    this.destroyed = true
    clearTimeout(this.timer)
  }
}

function applyMeta(set: DecorationSet, tr: Transaction): DecorationSet {
  let next = set.map(tr.mapping, tr.doc)
  const meta = tr.getMeta(spellKey) as SpellMeta | undefined
  if (meta?.type !== 'results') return next
  for (const { pos, node, misspellings } of meta.found) {
    next = next.remove(next.find(pos, pos + node.nodeSize)).add(tr.doc, decorationsFor(pos, misspellings))
  }
  return next
}

/** Opens the menu for the word at the cursor (keyboard) or under the pointer (mouse); false when none. */
function openMenu(view: EditorView, options: SpellPluginOptions, pos: number, at?: { x: number; y: number }) {
  const target = misspellingAt(view.state, pos)
  if (!target) return false
  const coords =
    at ??
    (() => {
      const start = view.coordsAtPos(target.from)
      return { x: start.left, y: start.bottom, top: start.top }
    })()
  options.onMenu({ ...target, ...coords })
  return true
}

/** The plugin, and a way to check everything again when the user's dictionary changes. */
export function spellPlugin(options: SpellPluginOptions): { plugin: Plugin<DecorationSet>; recheck(): void } {
  let current: Checker | undefined
  const plugin = new Plugin<DecorationSet>({
    key: spellKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => applyMeta(set, tr)
    },
    view(view) {
      const checker = new Checker(view, options)
      current = checker
      return {
        update(updated, previous) {
          // Identity, not equality: any new document may hold new paragraphs; unchanged ones are skipped anyway.
          if (updated.state.doc !== previous.doc) checker.schedule()
        },
        destroy: () => {
          checker.destroy()
          if (current === checker) current = undefined
        }
      }
    },
    props: {
      decorations: (state) => spellKey.getState(state),
      handleKeyDown(view, event) {
        const menuKey = event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')
        if (!menuKey || !openMenu(view, options, view.state.selection.head)) return false
        event.preventDefault()
        return true
      },
      handleDOMEvents: {
        contextmenu(view, event) {
          const hit = view.posAtCoords({ left: event.clientX, top: event.clientY })
          // A keyboard-made contextmenu event (no pointer) goes by the cursor.
          const pos = event.clientX || event.clientY ? hit?.pos : view.state.selection.head
          const at = event.clientX || event.clientY ? { x: event.clientX, y: event.clientY } : undefined
          if (pos === undefined || !openMenu(view, options, pos, at)) return false
          event.preventDefault()
          return true
        }
      }
    }
  })
  return { plugin, recheck: () => current?.recheckAll() }
}
