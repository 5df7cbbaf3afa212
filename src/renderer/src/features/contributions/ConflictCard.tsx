/**
 * One conflict of a merge: both versions side by side, their word diff, and the three choices — keep mine, take
 * theirs, edit both into one. Plain buttons and a text area: all of it works from the keyboard, and the decision
 * is said in words, never by colour alone.
 */
import { useId, useState } from 'react'
import { Button, Field, Textarea } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Conflict, Resolution } from '../../../../shared/contributions/merge-types'
import { conflictTitle, editable, editedValue, sideText, startingText } from './conflict-text'
import { WordDiff } from './WordDiff'

interface Props {
  conflict: Conflict
  theirsName: string
  onDecide(resolution: Resolution<unknown>): boolean
}

export function ConflictCard({ conflict, theirsName, onDecide }: Props) {
  const { t } = useTranslation('contributions')
  const headingId = useId()
  const [editing, setEditing] = useState<string | null>(null)
  const mine = sideText(conflict, 'mine')
  const theirs = sideText(conflict, 'theirs')
  const choice = conflict.resolution?.choice
  const side = (label: string, text: string | null) => (
    <div className="merge-side">
      <h4>{label}</h4>
      <p className="merge-side-text">{text ?? t('merge.deleted')}</p>
    </div>
  )
  return (
    <section className="conflict-card" aria-labelledby={headingId} data-decided={choice ?? 'open'}>
      <h3 id={headingId}>{conflictTitle(conflict, t)}</h3>
      <div className="merge-sides">
        {side(t('merge.mine'), mine)}
        {side(`${t('merge.theirs')} (${theirsName})`, theirs)}
      </div>
      {mine !== null && theirs !== null && <WordDiff mine={mine} theirs={theirs} />}
      {conflict.kind === 'notes' && (conflict.formattingOnly.mine || conflict.formattingOnly.theirs) && (
        <p>{t('merge.formattingOnly')}</p>
      )}
      <div className="merge-choices" role="group" aria-label={conflictTitle(conflict, t)}>
        <Button aria-pressed={choice === 'mine'} onClick={() => onDecide({ choice: 'mine' })}>
          {t('merge.keepMine')}
        </Button>
        <Button aria-pressed={choice === 'theirs'} onClick={() => onDecide({ choice: 'theirs' })}>
          {t('merge.takeTheirs')}
        </Button>
        {editable(conflict) && (
          <Button aria-pressed={choice === 'edited'} onClick={() => setEditing(startingText(conflict))}>
            {t('merge.editBoth')}
          </Button>
        )}
      </div>
      {editing !== null && (
        <div className="merge-edit">
          <Field label={t('merge.editLabel')}>
            <Textarea value={editing} resize="vertical" rows={5} onChange={(_, d) => setEditing(d.value)} />
          </Field>
          <Button
            appearance="primary"
            onClick={() => {
              if (onDecide({ choice: 'edited', value: editedValue(conflict, editing) })) setEditing(null)
            }}
          >
            {t('merge.useEdited')}
          </Button>
        </div>
      )}
      <p className="merge-decision" role="status">
        {choice ? t('merge.decided', { choice: t(`merge.choice_${choice}`) }) : ''}
      </p>
    </section>
  )
}
