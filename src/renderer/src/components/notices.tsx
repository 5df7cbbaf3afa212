/**
 * Messages to the user in one place under the top bar (Fluent MessageBar): what happened, what is safe, what to do.
 * Failed async work always ends here, never only in the console.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  type MessageBarIntent
} from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'

export interface Notice {
  id: number
  intent: MessageBarIntent
  text: string
  action?: { label: string; run: () => void }
  /** Further actions after `action` (e.g. an export's "Open" and "Show in folder"). */
  moreActions?: Array<{ label: string; run: () => void }>
}

type Notify = (notice: Omit<Notice, 'id'>) => void
const NoticeContext = createContext<Notify>(() => {})

/** Shows a message bar; returns nothing — the user dismisses it. */
export function useNotify(): Notify {
  return useContext(NoticeContext)
}

let nextId = 1

/** Provides useNotify and renders the current notices. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [notices, setNotices] = useState<Notice[]>([])
  const notify = useCallback<Notify>((notice) => {
    setNotices((current) =>
      [...current.filter((n) => n.text !== notice.text), { ...notice, id: nextId++ }].slice(-3)
    )
  }, [])
  const dismiss = (id: number) => setNotices((current) => current.filter((n) => n.id !== id))
  const value = useMemo(() => notify, [notify])
  return (
    <NoticeContext.Provider value={value}>
      <MessageBarGroup className="notices" animate="exit-only">
        {notices.map((notice) => (
          <MessageBar
            key={notice.id}
            intent={notice.intent}
            role={notice.intent === 'error' ? 'alert' : 'status'}
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t('dismiss')}
                  icon={<DismissRegular />}
                  onClick={() => dismiss(notice.id)}
                />
              }
            >
              {[...(notice.action ? [notice.action] : []), ...(notice.moreActions ?? [])].map((action) => (
                <Button
                  key={action.label}
                  onClick={() => {
                    action.run()
                    dismiss(notice.id)
                  }}
                >
                  {action.label}
                </Button>
              ))}
            </MessageBarActions>
          </MessageBar>
        ))}
      </MessageBarGroup>
      {children}
    </NoticeContext.Provider>
  )
}
