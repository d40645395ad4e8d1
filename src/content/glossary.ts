import { ref, report } from './cite';
import type { GlossaryTerm } from './types';

/** Words a reader may need explained, defined in the context of this story. */
export const glossary = [
  {
    id: 'shuttle-diplomacy',
    term: 'Shuttle diplomacy',
    forms: ['shuttle diplomacy'],
    definition:
      'Leaders visiting each other regularly and informally, rather than waiting years for a formal state visit.',
    citations: [report(4)],
  },
  {
    id: 'trilateral-cooperation',
    term: 'Trilateral cooperation',
    forms: ['trilateral cooperation', 'trilateral'],
    definition: 'Three countries working together; here Japan, South Korea and the United States.',
    citations: [report(2), report(3)],
  },
  {
    id: 'economic-security',
    term: 'Economic security',
    forms: ['economic security'],
    definition:
      'Protecting a country’s economy, its supply chains and key technologies, from pressure or disruption by others.',
    citations: [report(4)],
  },
  {
    id: 'working-holiday',
    term: 'Working-holiday visa',
    forms: ['working-holiday'],
    definition:
      'A visa that lets young people live in another country for a while and take jobs to pay for their stay.',
    citations: [report(4)],
  },
  {
    id: 'impeachment',
    term: 'Impeachment',
    forms: ['impeachment', 'impeached', 'impeaches', 'impeach'],
    definition:
      'A vote by lawmakers to charge a leader with serious wrongdoing; in South Korea a court then decides whether to remove them.',
    citations: [report(5)],
  },
  {
    id: 'g7',
    term: 'G7',
    forms: ['group of seven', 'g7'],
    definition:
      'The Group of Seven, an annual summit of large democratic economies, Japan among them. South Korea is not a member; Lee attended the 2025 summit in Canada as an invited guest.',
    citations: [report(5), ref('hankyung-g7-guest')],
  },
  {
    id: 'denuclearisation',
    term: 'Denuclearisation',
    forms: ['denuclearisation'],
    definition:
      'Getting rid of nuclear weapons and the programmes that build them; here, North Korea’s.',
    citations: [report(4)],
  },
  {
    id: 'joint-statement',
    term: 'Joint statement',
    forms: ['joint press announcement', 'joint statement'],
    definition:
      'A text two governments issue together after a meeting, setting out what they agreed. The 2025 Tokyo text was a joint press announcement: announced by both governments, not signed.',
    citations: [report(3), ref('kbs-tokyo-joint-announcement')],
  },
] as const satisfies readonly GlossaryTerm<string>[];

/** The id of a glossary term. */
export type TermId = (typeof glossary)[number]['id'];
