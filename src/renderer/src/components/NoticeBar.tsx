/**
 * One notice. A success closes itself after a while, but never while the pointer is over it or the focus is in it
 * (WCAG 2.2.1: the user can take their time); other notices stay until dismissed (issue 10: "Viety: …" piled up).
 */
import { useEffect, useState } from 'react'
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Notice } from './notices'

/** How long a success notice stays when nobody is looking at it. */
export const AUTO_CLOSE_MS = 8000

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const { t } = useTranslation()
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const autoClose = notice.intent === 'success'
  useEffect(() => {
    if (!autoClose || hovered || focused) return
    const timer = setTimeout(() => onDismiss(notice.id), AUTO_CLOSE_MS)
    return () => clearTimeout(timer)
  }, [autoClose, hovered, focused, onDismiss, notice.id])

  return (
    <MessageBar
      intent={notice.intent}
      role={notice.intent === 'error' ? 'alert' : 'status'}
      data-notice={notice.id}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false)
      }}
    >
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t('dismiss')}
            icon={<DismissRegular />}
            onClick={() => onDismiss(notice.id)}
          />
        }
      >
        {[...(notice.action ? [notice.action] : []), ...(notice.moreActions ?? [])].map((action) => (
          <Button
            key={action.label}
            onClick={() => {
              action.run()
              onDismiss(notice.id)
            }}
          >
            {action.label}
          </Button>
        ))}
      </MessageBarActions>
    </MessageBar>
  )
}
