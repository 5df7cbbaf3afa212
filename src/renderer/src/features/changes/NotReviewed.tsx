/**
 * The sections whose status is still the one carried from the previous report: "what changed" cannot say whether
 * they changed, so it names them, and the writer knows what is left to review.
 */
import { useTranslation } from 'react-i18next'
import type { Section } from '../../../../shared/model'
import { StatusBadge } from '../../components/StatusBadge'
import { CarriedMark } from '../review/CarriedMark'

export function NotReviewed({ sections }: { sections: readonly Section[] }) {
  const { t } = useTranslation('changes')
  const { t: tr } = useTranslation('review')
  const numbered = sections
    .map((section, index) => ({ section, number: index + 1 }))
    .filter(({ section }) => section.statusCarried)
  if (numbered.length === 0) return null
  return (
    <section className="change-card" aria-labelledby="changes-not-reviewed">
      <h3 id="changes-not-reviewed" className="change-card-title">
        <CarriedMark compact /> {tr('changesNotReviewed', { count: numbered.length })}
      </h3>
      <ul className="change-removed">
        {numbered.map(({ section, number }) => (
          <li key={section.id}>
            {number}. {section.title || t('untitledSection')} <StatusBadge status={section.status} />
          </li>
        ))}
      </ul>
    </section>
  )
}
