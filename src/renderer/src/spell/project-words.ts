/**
 * Domain words the dictionaries lack, per language: agencies and programmes of Finnish public administration,
 * and the words of digitalisation that dictionary-en-gb does not have. Exact forms (see word-list.ts); Finnish
 * names are listed with their common case forms because Voikko cannot inflect a word it does not know.
 * Abbreviations in capitals (VM, STM, DVV, ICT, GDPR) need no entry: they are not checked.
 */
import type { SpellLanguage } from './types'

/** Finnish names of agencies and programmes, unknown to Voikko. */
const NAMES = ['Traficom', 'Valtori', 'Hansel', 'Digivisio', 'Senaatti-kiinteistöt', 'eIDAS']

/** The singular case forms of a Finnish name ending in a consonant (Traficom) or in -i (Valtori). */
function finnishCaseForms(name: string): string[] {
  const stem = name.endsWith('i') ? name : `${name}i`
  const endings = ['n', 'a', 'ssa', 'sta', 'in', 'lla', 'lta', 'lle', 'ksi', 'na']
  return [name, ...endings.map((ending) => stem + ending)]
}

export const PROJECT_WORDS: Record<SpellLanguage, readonly string[]> = {
  // "Senaatti-kiinteistöt" also makes "Senaatti-kiinteistöjen" known (a listed compound head, word-list.ts).
  fi: [...['Traficom', 'Valtori', 'Hansel'].flatMap(finnishCaseForms), 'Senaatti-kiinteistöt', 'eIDAS'],
  sv: [...NAMES, 'tilannekuva'],
  en: [
    ...NAMES,
    'tilannekuva',
    'Kela',
    'Kuntaliitto',
    'digitalisation',
    'digitalise',
    'digitalised',
    'digitalises',
    'digitalising',
    'cybersecurity',
    'wellbeing',
    'roadmap',
    'roadmaps',
    'onboarding',
    'eGovernment',
    'interoperable'
  ]
}
