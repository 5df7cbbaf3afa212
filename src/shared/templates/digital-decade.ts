/**
 * Default key figures from the EU Digital Decade 2030 targets (Decision (EU) 2022/2481), grouped by the
 * cardinal point they belong to. The built-in digitalisation template places them on its sections.
 * Targets and units are shared by all languages, so they are written in a form that reads in fi, sv and en.
 */
import type { TemplateKeyFigure } from '../model'
import type { FullText } from './local-text'

const SOURCE: FullText = {
  fi: 'EU:n digitaalinen vuosikymmen 2030 (päätös (EU) 2022/2481)',
  sv: 'EU:s digitala decennium 2030 (beslut (EU) 2022/2481)',
  en: 'EU Digital Decade 2030 (Decision (EU) 2022/2481)'
}

function target(indicator: FullText, value: string, unit: string): TemplateKeyFigure {
  return { indicator, target: value, unit, year: '2030', source: SOURCE }
}

/** Skills: basic digital skills and ICT specialists. */
export const SKILLS_TARGETS: TemplateKeyFigure[] = [
  target(
    {
      fi: 'Vähintään perustason digitaidot omaavien 16–74-vuotiaiden osuus',
      sv: 'Andel personer i åldern 16–74 år med åtminstone grundläggande digitala färdigheter',
      en: 'Share of people aged 16–74 with at least basic digital skills'
    },
    '80',
    '%'
  ),
  target(
    {
      fi: 'Työllisten ICT-asiantuntijoiden määrä EU:ssa',
      sv: 'Antal sysselsatta IKT-specialister i EU',
      en: 'Number of employed ICT specialists in the EU'
    },
    '20 000 000',
    ''
  )
]

/** Infrastructure as the member states measure it: gigabit and 5G coverage. */
export const INFRASTRUCTURE_TARGETS: TemplateKeyFigure[] = [
  target(
    {
      fi: 'Gigabittiyhteyden piirissä olevien kiinteiden käyttöpaikkojen osuus',
      sv: 'Andel fasta anslutningspunkter som täcks av gigabitsuppkoppling',
      en: 'Share of end users at a fixed location covered by gigabit connectivity'
    },
    '100',
    '%'
  ),
  target(
    {
      fi: '5G-verkon kattavuus asutuilla alueilla',
      sv: '5G-täckning i bebodda områden',
      en: '5G coverage of populated areas'
    },
    '100',
    '%'
  )
]

/** Infrastructure targets set for the EU as a whole, followed through the national digital compass. */
export const EU_WIDE_TARGETS: TemplateKeyFigure[] = [
  target(
    {
      fi: 'EU:n osuus maailman puolijohdetuotannon arvosta',
      sv: 'EU:s andel av världens halvledarproduktion i värde',
      en: 'EU share of world semiconductor production by value'
    },
    '20',
    '%'
  ),
  target(
    {
      fi: 'Ilmastoneutraalien ja erittäin turvallisten reunasolmujen määrä EU:ssa',
      sv: 'Antal klimatneutrala och mycket säkra kantnoder i EU',
      en: 'Number of climate-neutral, highly secure edge nodes in the EU'
    },
    '10 000',
    ''
  ),
  target(
    {
      fi: 'Yksisarvisyritysten määrän kasvu EU:ssa',
      sv: 'Ökning av antalet enhörningsföretag i EU',
      en: 'Growth in the number of unicorns in the EU'
    },
    '100',
    '%'
  )
]

/** Digital transformation of businesses. */
export const BUSINESS_TARGETS: TemplateKeyFigure[] = [
  target(
    {
      fi: 'Pilvipalveluja, massadataa tai tekoälyä käyttävien yritysten osuus',
      sv: 'Andel företag som använder molntjänster, stordata eller artificiell intelligens',
      en: 'Share of enterprises using cloud, big data or AI'
    },
    '75',
    '%'
  ),
  target(
    {
      fi: 'Vähintään perustason digitaalisen intensiteetin saavuttaneiden pk-yritysten osuus',
      sv: 'Andel små och medelstora företag som når åtminstone en grundläggande digital intensitet',
      en: 'Share of SMEs with at least a basic level of digital intensity'
    },
    '90',
    '%'
  )
]

/** Digitalisation of public services (without eID, which has its own section). */
export const PUBLIC_SERVICE_TARGETS: TemplateKeyFigure[] = [
  target(
    {
      fi: 'Verkossa saatavilla olevien keskeisten julkisten palvelujen osuus',
      sv: 'Andel centrala offentliga tjänster som finns tillgängliga online',
      en: 'Share of key public services available online'
    },
    '100',
    '%'
  ),
  target(
    {
      fi: 'Kansalaisten osuus, joilla on pääsy sähköisiin potilastietoihinsa',
      sv: 'Andel medborgare med tillgång till sina elektroniska patientjournaler',
      en: 'Share of citizens with access to their electronic health records'
    },
    '100',
    '%'
  )
]

/** Electronic identity. */
export const EID_TARGETS: TemplateKeyFigure[] = [
  target(
    {
      fi: 'Kansalaisten osuus, joilla on mahdollisuus käyttää sähköistä identiteettiä (eID)',
      sv: 'Andel medborgare med tillgång till elektronisk identitet (e-legitimation)',
      en: 'Share of citizens with access to an electronic identity (eID)'
    },
    '100',
    '%'
  )
]
