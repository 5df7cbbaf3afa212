/**
 * The images without alt text, listed where the report is about to leave the writer's hands: in the export dialog
 * and beside "final". A warning in words with each image's place, never only a colour; nothing is shown when
 * every image has its text.
 */
import { useMemo } from 'react'
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { imagesLackingAlt } from '../../../../../shared/images'
import type { Report } from '../../../../../shared/model'
import { useReportSelector } from '../../../state/use-report'

const selectSections = (report: Report) => report.sections

export function MissingAltText() {
  const { t } = useTranslation('images')
  const { t: te } = useTranslation('editor')
  const sections = useReportSelector(selectSections)
  const missing = useMemo(() => imagesLackingAlt(sections), [sections])
  if (missing.length === 0) return null
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="images-missing-alt">
      <MessageBarBody>
        <MessageBarTitle>{t('missing.title')}</MessageBarTitle>
        {t('missing.intro', { count: missing.length })}
        <ul>
          {missing.map((image) => (
            <li key={`${image.sectionId}-${image.number}`}>
              {t('missing.item', {
                section: image.sectionTitle || te('untitledSection'),
                number: image.number
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  )
}
