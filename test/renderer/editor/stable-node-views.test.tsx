/**
 * Opening a section draws its notes once: no paragraph of the notes is drawn and thrown away while the editor
 * mounts (TipTap's EditorContent re-set the node views, and ProseMirror redrew the whole document).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { docFromText } from '../../../src/shared/richtext'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from './sections'

afterEach(() => vi.restoreAllMocks())

describe('opening a section', () => {
  it('draws each paragraph of its notes once, and the notes show in full', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Kappale ${i + 1}.`).join('\n')
    const paragraphs: HTMLElement[] = []
    const create = Document.prototype.createElement
    vi.spyOn(Document.prototype, 'createElement').mockImplementation(function (
      this: Document,
      ...args: Parameters<Document['createElement']>
    ) {
      const element = create.apply(this, args)
      if (args[0].toLowerCase() === 'p') paragraphs.push(element)
      return element
    })
    renderWithReport(
      <SectionsTab sectionId="s1" selectTab={vi.fn()} />,
      makeReport({ sections: [makeSection('s1', 'Yhteenveto', { notes: docFromText(text) })] })
    )
    const notes = screen.getByTestId('notes-editor')
    expect(notes.querySelectorAll('p')).toHaveLength(40)
    expect(notes).toHaveTextContent('Kappale 40.')
    expect(paragraphs.filter((p) => !p.isConnected)).toHaveLength(0)
  })
})
