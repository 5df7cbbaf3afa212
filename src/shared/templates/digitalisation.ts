/**
 * The built-in template "Public administration digitalisation — situation report": the thirteen sections the joint
 * meetings of permanent and state secretaries discuss (domain.md), with guidance for the writer and the EU Digital
 * Decade 2030 targets as default key figures.
 */
import {
  TEMPLATE_SCHEMA_VERSION,
  type Template,
  type TemplateKeyFigure,
  type TemplateSection
} from '../model'
import {
  BUSINESS_TARGETS,
  EID_TARGETS,
  EU_WIDE_TARGETS,
  INFRASTRUCTURE_TARGETS,
  PUBLIC_SERVICE_TARGETS,
  SKILLS_TARGETS
} from './digital-decade'
import type { FullText } from './local-text'

function section(
  id: string,
  title: FullText,
  guidance: FullText,
  keyFigures: TemplateKeyFigure[] = []
): TemplateSection {
  return { id, title, guidance, keyFigures }
}

const SECTIONS: TemplateSection[] = [
  section(
    'summary',
    { fi: 'Yhteenveto', sv: 'Sammanfattning', en: 'Summary' },
    {
      fi: 'Kuvaa tiiviisti digitalisaation kokonaistilanne ja merkittävimmät muutokset edellisen kokouksen jälkeen. Nosta esiin asiat, jotka edellyttävät kokouksen huomiota tai päätöksiä. Arvioi kokonaistila samalla asteikolla kuin muissa osioissa.',
      sv: 'Beskriv kortfattat helhetsläget för digitaliseringen och de viktigaste förändringarna sedan föregående möte. Lyft fram frågor som kräver mötets uppmärksamhet eller beslut. Bedöm den övergripande statusen enligt samma skala som i de övriga avsnitten.',
      en: "Summarise the overall state of digitalisation and the most important changes since the previous meeting. Highlight the matters that need the meeting's attention or decisions. Assess the overall status on the same scale as the other sections."
    }
  ),
  section(
    'international-comparison',
    { fi: 'Kansainvälinen vertailu', sv: 'Internationell jämförelse', en: 'International comparison' },
    {
      fi: 'Kerro Suomen sijoitus ja kehityssuunta EU:n vertailuissa, kuten digitaalisen vuosikymmenen seurannassa ja DESI-indikaattoreissa. Vertaa tuloksia edelliseen mittauskertaan ja keskeisiin verrokkimaihin. Mainitse kunkin luvun lähde ja vuosi.',
      sv: 'Redogör för Finlands placering och utvecklingsriktning i EU:s jämförelser, till exempel uppföljningen av det digitala decenniet och DESI-indikatorerna. Jämför resultaten med föregående mätning och med centrala jämförelseländer. Ange källa och år för varje siffra.',
      en: "Report Finland's ranking and trend in EU comparisons such as the Digital Decade monitoring and the DESI indicators. Compare the results with the previous measurement and with key peer countries. Give the source and year of each figure."
    },
    BUSINESS_TARGETS
  ),
  section(
    'government-programme',
    {
      fi: 'Hallitusohjelman tavoitteet ja hankkeet',
      sv: 'Regeringsprogrammets mål och projekt',
      en: 'Government programme goals and projects'
    },
    {
      fi: 'Kuvaa hallitusohjelman digitalisaatio- ja datataloushankkeiden eteneminen suhteessa aikatauluihin ja tavoitteisiin. Kerro, mitkä hankkeet ovat aikataulussa ja missä on viivästyksiä tai riskejä. Merkitse kunkin hankkeen vastuuministeriö.',
      sv: 'Beskriv hur regeringsprogrammets projekt för digitalisering och dataekonomi framskrider i förhållande till tidsplaner och mål. Ange vilka projekt som följer tidsplanen och var det finns förseningar eller risker. Ange det ansvariga ministeriet för varje projekt.',
      en: "Describe how the government programme's digitalisation and data economy projects are progressing against their schedules and goals. State which projects are on schedule and where there are delays or risks. Name the responsible ministry for each project."
    }
  ),
  section(
    'digital-public-services',
    {
      fi: 'Digitaaliset julkiset palvelut',
      sv: 'Digitala offentliga tjänster',
      en: 'Digital public services'
    },
    {
      fi: 'Kerro julkisten palvelujen kehityksestä digitaalisuus ensin -periaatteen mukaisesti. Arvioi palvelujen käytettävyyttä ja saavutettavuutta sekä sitä, miten eri väestöryhmien asiointi turvataan, myös niiden, jotka eivät voi käyttää digitaalisia palveluja. Kirjaa keskeisten palvelujen käyttöaste, jos tieto on saatavilla.',
      sv: 'Redogör för utvecklingen av de offentliga tjänsterna enligt principen digitalt först. Bedöm tjänsternas användbarhet och tillgänglighet samt hur man tryggar att olika befolkningsgrupper kan uträtta sina ärenden, även de som inte kan använda digitala tjänster. Ange användningsgraden för centrala tjänster om uppgiften finns.',
      en: 'Report on the development of public services under the digital-first principle. Assess their usability and accessibility, and how access is ensured for different population groups, including people who cannot use digital services. Record the take-up of key services where the figure is available.'
    },
    PUBLIC_SERVICE_TARGETS
  ),
  section(
    'artificial-intelligence',
    { fi: 'Tekoäly', sv: 'Artificiell intelligens', en: 'Artificial intelligence' },
    {
      fi: 'Kuvaa tekoälyn käyttöä julkisissa palveluissa ja siihen liittyviä kehityshankkeita. Käsittele eettiset kysymykset, kuten avoimuus, yhdenvertaisuus ja vastuu päätöksistä. Kerro, mitä lainsäädännön muutoksia tekoälyn käyttö edellyttää ja missä vaiheessa ne ovat.',
      sv: 'Beskriv hur artificiell intelligens används i offentliga tjänster och vilka utvecklingsprojekt som pågår. Behandla etiska frågor som öppenhet, likabehandling och ansvaret för beslut. Redogör för vilka lagändringar användningen av artificiell intelligens kräver och hur långt de har kommit.',
      en: 'Describe the use of artificial intelligence in public services and the related development projects. Address ethical questions such as transparency, equal treatment and accountability for decisions. State which legislative changes the use of AI requires and how far they have progressed.'
    }
  ),
  section(
    'data-economy',
    {
      fi: 'Datatalous ja tiedon jakaminen',
      sv: 'Dataekonomi och informationsutbyte',
      en: 'Data economy and data sharing'
    },
    {
      fi: 'Kuvaa datatalouden niin sanotun pehmeän infrastruktuurin eli tietojärjestelmien, ohjelmistojen, tietoverkkojen ja luottamuspalvelujen tilanne. Kerro, miten julkisten ja yksityisten palveluntuottajien yhteentoimivuus ja tiedon jakaminen edistyvät. Nosta esiin esteet, jotka hidastavat tiedon hyödyntämistä.',
      sv: 'Beskriv läget för dataekonomins så kallade mjuka infrastruktur, det vill säga informationssystem, programvara, datanät och betrodda tjänster. Redogör för hur interoperabiliteten och informationsutbytet mellan offentliga och privata tjänsteleverantörer utvecklas. Lyft fram hinder som bromsar användningen av data.',
      en: "Describe the state of the data economy's soft infrastructure: information systems, software, networks and trust services. Report how interoperability and data sharing between public and private service providers are progressing. Highlight obstacles that slow down the use of data."
    }
  ),
  section(
    'digital-identity',
    { fi: 'Digitaalinen identiteetti', sv: 'Digital identitet', en: 'Digital identity' },
    {
      fi: 'Kerro digitaalisen identiteetin kehityksestä, kuten digitaalisen henkilökortin, ensitunnistamisen ja markkinaehtoisten tunnistusratkaisujen tilanteesta. Arvioi hankkeiden etenemistä aikatauluun nähden ja niiden yhteensopivuutta EU:n digitaalisen identiteetin lompakon kanssa. Mainitse käyttöönottoon liittyvät riskit.',
      sv: 'Redogör för utvecklingen av den digitala identiteten, till exempel läget för det digitala identitetskortet, den första identifieringen och marknadsbaserade identifieringslösningar. Bedöm hur projekten framskrider i förhållande till tidsplanen och hur de är förenliga med EU:s plånbok för digital identitet. Nämn riskerna i samband med införandet.',
      en: 'Report on the development of digital identity, such as the digital identity card, first identification and market-based identification solutions. Assess how the projects are progressing against their schedule and how they fit with the European Digital Identity Wallet. Mention the risks related to their introduction.'
    },
    EID_TARGETS
  ),
  section(
    'skills-infrastructure',
    {
      fi: 'Osaaminen ja infrastruktuuri',
      sv: 'Kompetens och infrastruktur',
      en: 'Skills and infrastructure'
    },
    {
      fi: 'Kuvaa digitaalisen osaamisen kehittämistä sekä kansalaisten että julkishallinnon henkilöstön osalta. Kerro kestävän ja tietoturvallisen infrastruktuurin, kuten tietoliikenneyhteyksien ja pilvipalvelujen, tilanne. Vertaa tunnuslukuja digitaalisen vuosikymmenen tavoitteisiin.',
      sv: 'Beskriv utvecklingen av den digitala kompetensen både hos medborgarna och hos den offentliga förvaltningens personal. Redogör för läget för en hållbar och informationssäker infrastruktur, såsom kommunikationsförbindelser och molntjänster. Jämför nyckeltalen med målen för det digitala decenniet.',
      en: 'Describe how digital skills are being developed, both among citizens and among public administration staff. Report the state of sustainable and secure infrastructure such as communications networks and cloud services. Compare the key figures with the Digital Decade targets.'
    },
    [...SKILLS_TARGETS, ...INFRASTRUCTURE_TARGETS]
  ),
  section(
    'legislation-security',
    {
      fi: 'Lainsäädäntö ja tietoturvallisuus',
      sv: 'Lagstiftning och informationssäkerhet',
      en: 'Legislation and information security'
    },
    {
      fi: 'Kerro, miten digitalisaatio on otettu huomioon valmisteilla olevassa lainsäädännössä ja miten sen tarpeita ennakoidaan säädösvalmistelussa. Tunnista sääntely, joka hidastaa tai estää digitalisaatiota. Kuvaa tieto- ja kyberturvallisuuden tilanne sekä merkittävät poikkeamat.',
      sv: 'Redogör för hur digitaliseringen har beaktats i lagstiftning som bereds och hur dess behov förutses i lagberedningen. Identifiera regleringar som bromsar eller hindrar digitaliseringen. Beskriv läget för informations- och cybersäkerheten samt betydande incidenter.',
      en: 'Report how digitalisation is taken into account in legislation under preparation and how its needs are anticipated in law drafting. Identify regulation that slows down or prevents digitalisation. Describe the state of information and cyber security and any significant incidents.'
    }
  ),
  section(
    'funding-resources',
    { fi: 'Rahoitus ja resurssit', sv: 'Finansiering och resurser', en: 'Funding and resources' },
    {
      fi: 'Kuvaa ministeriöiden yhteisen kehittämisbudjetin käyttöä ja riittävyyttä. Kerro, miten järjestelmien ja palvelujen ylläpito sekä pitkäjänteiset resurssit turvataan hankkeiden päätyttyä. Nosta esiin rahoitustarpeet, joista on päätettävä tulevassa kehys- tai talousarviovalmistelussa.',
      sv: 'Beskriv hur ministeriernas gemensamma utvecklingsbudget används och om den är tillräcklig. Redogör för hur underhållet av system och tjänster samt långsiktiga resurser tryggas när projekten har avslutats. Lyft fram finansieringsbehov som ska avgöras i den kommande ram- eller budgetberedningen.',
      en: "Describe how the ministries' joint development budget is used and whether it is sufficient. Report how the maintenance of systems and services and long-term resources are secured once the projects have ended. Highlight funding needs that must be decided in the coming spending limits or budget preparation."
    }
  ),
  section(
    'leadership-coordination',
    { fi: 'Johtaminen ja koordinaatio', sv: 'Ledning och samordning', en: 'Leadership and coordination' },
    {
      fi: 'Kerro digitalisaatiota, datataloutta ja julkisen hallinnon kehittämistä ohjaavan ministerityöryhmän linjauksista ja niiden toimeenpanosta. Kuvaa, miten hallinnonalat ylittävä yhteistyö toimii. Arvioi kansallisen digitaalisen kompassin ja EU:n digitaalisen vuosikymmenen tavoitteiden toteutumista.',
      sv: 'Redogör för riktlinjerna från den ministerarbetsgrupp som styr digitaliseringen, dataekonomin och utvecklingen av den offentliga förvaltningen samt för hur de genomförs. Beskriv hur det förvaltningsövergripande samarbetet fungerar. Bedöm hur målen i den nationella digitala kompassen och EU:s digitala decennium uppnås.',
      en: 'Report the policies of the ministerial working group steering digitalisation, the data economy and public administration development, and how they are being implemented. Describe how cross-administrative cooperation is working. Assess progress towards the targets of the national digital compass and the EU Digital Decade.'
    },
    EU_WIDE_TARGETS
  ),
  section(
    'business-transformation',
    {
      fi: 'Yritysten digitaalinen murros',
      sv: 'Företagens digitala omställning',
      en: "Businesses' digital transformation"
    },
    {
      fi: 'Kuvaa yritysten digitalisaatiota tukevat toimet ja niiden vaikutukset erityisesti pienten ja keskisuurten yritysten kannalta. Kerro, miten julkinen sektori ja elinkeinoelämä tekevät yhteistyötä esimerkiksi datan hyödyntämisessä ja palvelujen yhteentoimivuudessa. Mainitse yritysten ja elinkeinoelämän järjestöjen esittämät tarpeet ja esteet.',
      sv: 'Beskriv åtgärderna som stöder företagens digitalisering och deras effekter, särskilt för små och medelstora företag. Redogör för hur den offentliga sektorn och näringslivet samarbetar, till exempel kring användningen av data och tjänsternas interoperabilitet. Nämn de behov och hinder som företag och näringslivsorganisationer har lyft fram.',
      en: "Describe the measures supporting businesses' digitalisation and their effects, particularly for small and medium-sized enterprises. Report how the public sector and business cooperate, for example on the use of data and the interoperability of services. Mention the needs and obstacles raised by businesses and business organisations."
    }
  ),
  section(
    'decisions-actions',
    {
      fi: 'Päätökset ja jatkotoimenpiteet',
      sv: 'Beslut och åtgärder',
      en: 'Decisions and follow-up actions'
    },
    {
      fi: 'Kirjaa kokouksessa tehdyt päätökset sekä sovitut jatkotoimenpiteet vastuutahoineen ja määräaikoineen. Edellisestä kokouksesta avoimiksi jääneet toimenpiteet siirtyvät uuteen tilannekuvaan automaattisesti; päivitä niiden tila. Muotoile päätökset niin, että ne ovat ymmärrettäviä ilman kokouksen muuta aineistoa.',
      sv: 'Anteckna de beslut som fattades vid mötet och de överenskomna åtgärderna med ansvariga och tidsfrister. Åtgärder som var öppna efter föregående möte förs automatiskt över till den nya lägesbilden; uppdatera deras status. Formulera besluten så att de är begripliga utan mötets övriga material.',
      en: "Record the decisions made at the meeting and the agreed follow-up actions with those responsible and deadlines. Actions left open after the previous meeting carry over to the new report automatically; update their status. Word the decisions so that they can be understood without the meeting's other material."
    }
  )
]

/** Built-in template: the digitalisation situation report for the permanent and state secretaries' meetings. */
export const DIGITALISATION_TEMPLATE: Template = {
  schemaVersion: TEMPLATE_SCHEMA_VERSION,
  id: 'digitalisation',
  version: 1,
  builtIn: true,
  name: {
    fi: 'Julkisen hallinnon digitalisaatio — tilannekuva',
    sv: 'Digitaliseringen av den offentliga förvaltningen — lägesbild',
    en: 'Public administration digitalisation — situation report'
  },
  description: {
    fi: 'Kansliapäälliköiden ja valtiosihteerien kokousten tilannekuva julkisen hallinnon digitalisaatiosta. Tunnusluvuissa EU:n digitaalisen vuosikymmenen 2030 tavoitteet.',
    sv: 'Lägesbild för kanslichefernas och statssekreterarnas möten om digitaliseringen av den offentliga förvaltningen. Nyckeltalen innehåller målen för EU:s digitala decennium 2030.',
    en: "Situation report on public administration digitalisation for the permanent and state secretaries' meetings. Key figures include the EU Digital Decade 2030 targets."
  },
  sections: SECTIONS
}
