/** The built-in generic template "Meeting status report": background, situation, risks, decisions, next steps. */
import { TEMPLATE_SCHEMA_VERSION, type Template } from '../model'

/** Built-in template for any recurring meeting that needs a short status report. */
export const MEETING_STATUS_TEMPLATE: Template = {
  schemaVersion: TEMPLATE_SCHEMA_VERSION,
  id: 'meeting-status',
  version: 1,
  builtIn: true,
  name: { fi: 'Kokouksen tilannekatsaus', sv: 'Mötets lägesöversikt', en: 'Meeting status report' },
  description: {
    fi: 'Yleinen pohja minkä tahansa toistuvan kokouksen tilannekatsaukselle.',
    sv: 'En allmän mall för lägesöversikten inför vilket återkommande möte som helst.',
    en: 'A general template for the status report of any recurring meeting.'
  },
  sections: [
    {
      id: 'background',
      title: { fi: 'Tausta', sv: 'Bakgrund', en: 'Background' },
      guidance: {
        fi: 'Kerro lyhyesti, mistä asiassa on kyse ja miksi se on kokouksen asialistalla. Mainitse aiemmat käsittelyt ja päätökset, joihin tämä katsaus perustuu.',
        sv: 'Beskriv kort vad ärendet gäller och varför det står på mötets föredragningslista. Nämn tidigare behandlingar och beslut som denna översikt bygger på.',
        en: "Briefly explain what the matter is about and why it is on the meeting's agenda. Mention the earlier discussions and decisions this report builds on."
      },
      keyFigures: []
    },
    {
      id: 'current-situation',
      title: { fi: 'Nykytilanne', sv: 'Nuläge', en: 'Current situation' },
      guidance: {
        fi: 'Kuvaa asian tilanne kokoushetkellä ja se, mitä on tapahtunut edellisen kokouksen jälkeen. Arvioi tila ja kirjaa keskeiset tunnusluvut, jos niitä on.',
        sv: 'Beskriv läget i ärendet vid tidpunkten för mötet och vad som har hänt sedan föregående möte. Bedöm statusen och ange centrala nyckeltal om sådana finns.',
        en: 'Describe where the matter stands at the time of the meeting and what has happened since the previous meeting. Assess the status and record the key figures, if any.'
      },
      keyFigures: []
    },
    {
      id: 'risks',
      title: { fi: 'Riskit', sv: 'Risker', en: 'Risks' },
      guidance: {
        fi: 'Tunnista merkittävimmät riskit sekä niiden todennäköisyys ja vaikutukset. Kerro, miten riskejä hallitaan ja kuka niistä vastaa.',
        sv: 'Identifiera de största riskerna samt deras sannolikhet och konsekvenser. Beskriv hur riskerna hanteras och vem som ansvarar för dem.',
        en: 'Identify the most significant risks, their likelihood and their impact. Explain how the risks are managed and who is responsible for them.'
      },
      keyFigures: []
    },
    {
      id: 'decisions-needed',
      title: { fi: 'Päätettävät asiat', sv: 'Frågor för beslut', en: 'Decisions needed' },
      guidance: {
        fi: 'Luettele asiat, joista kokouksen on päätettävä, ja esitä kustakin päätösehdotus. Kerro, mitä seuraa, jos päätöstä ei tehdä nyt.',
        sv: 'Räkna upp de frågor som mötet ska besluta om och lägg fram ett beslutsförslag i varje fråga. Beskriv vad som följer om beslutet inte fattas nu.',
        en: 'List the matters the meeting needs to decide and give a proposal for each. Explain what follows if no decision is made now.'
      },
      keyFigures: []
    },
    {
      id: 'next-steps',
      title: { fi: 'Seuraavat vaiheet', sv: 'Nästa steg', en: 'Next steps' },
      guidance: {
        fi: 'Kirjaa sovitut jatkotoimenpiteet vastuutahoineen ja määräaikoineen. Mainitse seuraavan kokouksen ajankohta ja siinä käsiteltävät asiat, jos ne ovat tiedossa.',
        sv: 'Anteckna de överenskomna åtgärderna med ansvariga och tidsfrister. Nämn tidpunkten för nästa möte och de frågor som ska behandlas där, om de är kända.',
        en: 'Record the agreed follow-up actions with those responsible and deadlines. Mention the date of the next meeting and the matters to be discussed there, if known.'
      },
      keyFigures: []
    }
  ]
}
