/**
 * Issue 10, item 5: success notices close themselves, but not while hovered or focused; one of a kind at a time;
 * cleared when another report opens (errors stay); no Tab stops while there is nothing to say.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider, useNotify, type Notice } from '../../../src/renderer/src/components/notices'
import { AUTO_CLOSE_MS } from '../../../src/renderer/src/components/NoticeBar'

function Trigger({ notice }: { notice: Omit<Notice, 'id'> }) {
  const notify = useNotify()
  return <button onClick={() => notify(notice)}>{`say ${notice.text}`}</button>
}

function renderNotices(notices: Array<Omit<Notice, 'id'>>, scope = 'r1') {
  const ui = (s: string) => (
    <FluentProvider theme={webLightTheme}>
      <NoticeProvider scope={s}>
        {notices.map((notice) => (
          <Trigger key={notice.text} notice={notice} />
        ))}
      </NoticeProvider>
    </FluentProvider>
  )
  const result = render(ui(scope))
  return { ...result, switchTo: (s: string) => result.rerender(ui(s)) }
}

const say = (text: string) => fireEvent.click(screen.getByRole('button', { name: `say ${text}` }))
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

describe('notices', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('closes a success notice by itself, but not while the pointer is over it or the focus is in it', () => {
    renderNotices([{ intent: 'success', text: 'Viety: a.docx', kind: 'export' }])
    say('Viety: a.docx')
    expect(screen.getByText('Viety: a.docx')).toBeInTheDocument()
    wait(AUTO_CLOSE_MS + 100)
    expect(screen.queryByText('Viety: a.docx')).toBeNull()

    say('Viety: a.docx')
    const bar = screen.getByText('Viety: a.docx').closest('[data-notice]') as HTMLElement
    fireEvent.mouseEnter(bar)
    wait(AUTO_CLOSE_MS * 3)
    expect(screen.getByText('Viety: a.docx')).toBeInTheDocument()
    fireEvent.mouseLeave(bar)
    fireEvent.focus(screen.getByRole('button', { name: 'Sulje ilmoitus' }))
    wait(AUTO_CLOSE_MS * 3)
    expect(screen.getByText('Viety: a.docx')).toBeInTheDocument()
    fireEvent.blur(screen.getByRole('button', { name: 'Sulje ilmoitus' }))
    wait(AUTO_CLOSE_MS + 100)
    expect(screen.queryByText('Viety: a.docx')).toBeNull()
  })

  it('keeps errors until dismissed, shows one notice of a kind, and clears all but errors on a report switch', () => {
    const { switchTo } = renderNotices([
      { intent: 'success', text: 'Viety: a.docx', kind: 'export' },
      { intent: 'success', text: 'Viety: b.docx', kind: 'export' },
      { intent: 'error', text: 'Tallennus epäonnistui' },
      { intent: 'info', text: 'Siirretty roskakoriin' }
    ])
    say('Viety: a.docx')
    say('Viety: b.docx')
    expect(screen.queryByText('Viety: a.docx')).toBeNull()
    expect(screen.getAllByRole('status')).toHaveLength(1)

    say('Tallennus epäonnistui')
    say('Siirretty roskakoriin')
    wait(AUTO_CLOSE_MS * 3)
    expect(screen.getByText('Tallennus epäonnistui')).toBeInTheDocument()
    expect(screen.getByText('Siirretty roskakoriin')).toBeInTheDocument()

    switchTo('r2')
    expect(screen.queryByText('Siirretty roskakoriin')).toBeNull()
    expect(screen.getByText('Tallennus epäonnistui')).toBeInTheDocument()
  })

  it('adds no Tab stop and no landmark content while there is no notice', () => {
    const { container } = renderNotices([{ intent: 'success', text: 'Viety: a.docx' }])
    const region = container.querySelector('.notices') as HTMLElement
    expect(region).not.toBeVisible()
    expect(region.querySelectorAll('button, [tabindex]')).toHaveLength(0)
  })
})
