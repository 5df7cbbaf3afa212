/**
 * Messages to the user in one place under the top bar (Fluent MessageBar): what happened, what is safe, what to do.
 * Failed async work always ends here, never only in the console.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { MessageBarGroup, type MessageBarIntent } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { NoticeBar } from './NoticeBar'

export interface Notice {
  id: number
  intent: MessageBarIntent
  text: string
  /** Notices of one kind replace each other (a second export's "Viety: …" replaces the first); default: the text. */
  kind?: string
  action?: { label: string; run: () => void }
  /** Further actions after `action` (e.g. an export's "Open" and "Show in folder"). */
  moreActions?: Array<{ label: string; run: () => void }>
}

type Notify = (notice: Omit<Notice, 'id'>) => void
const NoticeContext = createContext<Notify>(() => {})

/** Shows a message bar; returns nothing — the user dismisses it, or a success closes itself. */
export function useNotify(): Notify {
  return useContext(NoticeContext)
}

let nextId = 1
const kindOf = (notice: Omit<Notice, 'id'>) => notice.kind ?? notice.text

/**
 * Provides useNotify and renders the current notices. When `scope` changes (another report opened, or back to the
 * library) the notices about the previous one go; errors stay, for they say what is not safe yet.
 */
export function NoticeProvider({ children, scope }: { children: ReactNode; scope?: string }) {
  const { t } = useTranslation('keyboard')
  const [notices, setNotices] = useState<Notice[]>([])
  const notify = useCallback<Notify>((notice) => {
    setNotices((current) =>
      [...current.filter((n) => kindOf(n) !== kindOf(notice)), { ...notice, id: nextId++ }].slice(-3)
    )
  }, [])
  const [shownScope, setShownScope] = useState(scope)
  if (shownScope !== scope) {
    setShownScope(scope)
    setNotices((current) => current.filter((n) => n.intent === 'error'))
  }

  // Where the focus came from into the notices, to give it back when the notice holding it goes.
  const group = useRef<HTMLDivElement>(null)
  const cameFrom = useRef<HTMLElement | null>(null)
  const dismiss = useCallback((id: number) => {
    const held = group.current?.querySelector(`[data-notice="${id}"]`)?.contains(document.activeElement)
    setNotices((current) => current.filter((n) => n.id !== id))
    if (held) requestAnimationFrame(() => cameFrom.current?.isConnected && cameFrom.current.focus())
  }, [])
  const value = useMemo(() => notify, [notify])
  return (
    <NoticeContext.Provider value={value}>
      <div
        ref={group}
        role="region"
        aria-label={t('notices.region')}
        className="notices"
        hidden={notices.length === 0}
        onFocus={(event) => {
          const from = event.relatedTarget
          if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from
        }}
      >
        <MessageBarGroup animate="exit-only">
          {notices.map((notice) => (
            <NoticeBar key={notice.id} notice={notice} onDismiss={dismiss} />
          ))}
        </MessageBarGroup>
      </div>
      {children}
    </NoticeContext.Provider>
  )
}
