/** A section owner or action's unit: a ministry code is shown as its name in the UI language, free text as written. */
import { useTranslation } from 'react-i18next'
import { isMinistry } from './action-list'

/** "VM" → "valtiovarainministeriö" (with the code visible for people who think in codes). */
export function OwnerName({ owner }: { owner: string }) {
  const { t } = useTranslation()
  const { t: to } = useTranslation('overview')
  if (owner.trim() === '') return <span className="overview-muted">{to('board.noOwner')}</span>
  if (!isMinistry(owner)) return <>{owner}</>
  return (
    <>
      <span className="overview-code">{owner}</span> {t(`ministry.${owner}`)}
    </>
  )
}
