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
    forms: ['joint press announcement', 'joint press release', 'joint statement', 'joint document'],
    definition:
      'A text two governments issue together after a meeting, setting out what they agreed. The 2025 Tokyo text was a joint press announcement: announced by both governments, not signed.',
    citations: [report(3), ref('kbs-tokyo-joint-announcement')],
  },
  {
    id: 'supply-chain',
    term: 'Supply chain',
    forms: ['supply chains', 'supply chain'],
    definition:
      'All the companies, often in several countries, that make and move the materials and parts a product needs. At Nara the two governments agreed to work together on supply chains for critical materials.',
    citations: [ref('chosun-nara-summit'), ref('yomiuri-nara-summit')],
  },
  {
    id: 'martial-law',
    term: 'Martial law',
    forms: ['martial law'],
    definition:
      'Emergency rule by the armed forces in place of the normal civilian government. President Yoon declared it on 3 December 2024, accusing the opposition of paralysing the government. It was lifted about six hours later.',
    citations: [ref('npr-martial-law'), ref('devdiscourse-impeachment-push')],
  },
  {
    id: 'constitutional-court',
    term: 'Constitutional Court',
    forms: ['constitutional court'],
    definition:
      'South Korea’s court for questions about the constitution. It decides whether a president impeached by lawmakers must leave office. On 4 April 2025 its judges unanimously removed Yoon.',
    citations: [ref('devdiscourse-yoon-ousted'), ref('kbs-yoon-ruling-unanimous')],
  },
  {
    id: 'snap-election',
    term: 'Snap election',
    forms: ['snap election'],
    definition:
      'An election held earlier than planned. After the court removed Yoon, South Korea had to choose a new president within 60 days. The vote was held on 3 June 2025.',
    citations: [ref('devdiscourse-yoon-ousted'), ref('kbs-election-date-set')],
  },
  {
    id: 'ldp',
    term: 'LDP (Liberal Democratic Party)',
    forms: ['liberal democratic party', 'ldp'],
    definition:
      'Japan’s main ruling party. Ishiba led it at the time of the summit. Sanae Takaichi was its leader when she became prime minister in October 2025.',
    citations: [ref('jiji-ishiba-resigns'), ref('yomiuri-takaichi-elected')],
  },
  {
    id: 'coalition',
    term: 'Coalition',
    forms: ['coalition'],
    definition:
      'A group of parties that govern together. At the summit Ishiba’s LDP governed with a smaller party, Komeito. Their coalition had lost its majority in both houses of parliament.',
    citations: [ref('yomiuri-lower-house-2024'), ref('yomiuri-upper-house-2025')],
  },
  {
    id: 'lower-house',
    term: 'Lower house (House of Representatives)',
    forms: ['house of representatives', 'lower house', 'lower-house'],
    definition:
      'The House of Representatives, one of the two houses of Japan’s parliament, the Diet. Ishiba’s coalition lost its majority there in the election of 27 October 2024.',
    citations: [ref('yomiuri-lower-house-2024'), ref('jiji-ldp-316')],
  },
  {
    id: 'upper-house',
    term: 'Upper house (House of Councillors)',
    forms: ['house of councillors', 'upper house', 'upper-house'],
    definition:
      'The House of Councillors, the other house of Japan’s parliament. Ishiba’s coalition lost its majority there in the election of 20 July 2025. He announced his resignation that September.',
    citations: [ref('yomiuri-upper-house-2025'), ref('jiji-ishiba-resigns')],
  },
  {
    id: 'prefecture',
    term: 'Prefecture',
    forms: ['prefectures', 'prefecture'],
    definition:
      'One of the 47 regions Japan is divided into, each with its own elected governor, a little like a province or a state. Nara, Takaichi’s home, is one.',
    citations: [ref('jisho-prefectures'), ref('joongang-nara-visit')],
  },
  {
    id: 'apec',
    term: 'APEC',
    forms: ['apec'],
    definition:
      'Asia-Pacific Economic Cooperation, a forum of 21 economies around the Pacific whose leaders meet every year. South Korea hosted the 2025 meeting in Gyeongju, where Lee and Takaichi held their first summit.',
    citations: [ref('asiaone-apec-gyeongju'), ref('kbs-gyeongju-summit')],
  },
  {
    id: 'cptpp',
    term: 'CPTPP',
    forms: ['cptpp'],
    definition:
      'The Comprehensive and Progressive Agreement for Trans-Pacific Partnership, a free-trade pact that had 12 members in 2025, Japan among them. A new member needs every member’s consent. South Korea wants to join. Japan asks it to lift its ban on seafood from eight Japanese prefectures, imposed after the 2011 Fukushima nuclear disaster. In September 2025 Seoul’s foreign minister said lifting the ban was not a condition for joining. The ban would stay, he said, until Koreans’ worries were eased. At the Nara summit in January 2026, Lee said it should be handled in working-level talks.',
    citations: [
      ref('jiji-cho-cptpp-not-precondition'),
      ref('newdaily-cptpp-members'),
      ref('news1-lee-nhk-seafood'),
      ref('yonhap-nara-cptpp'),
      ref('chosun-nara-summit'),
    ],
  },
  {
    id: 'comfort-women',
    term: 'Comfort women',
    forms: ['comfort women'],
    definition:
      'Women forced to provide sex for Japanese soldiers before and during the Second World War. Many were from Korea, then a Japanese colony. “Comfort women” is a euphemism: a gentle-sounding name for something brutal. In a 2015 deal Japan apologised and paid ¥1 billion into a fund for the survivors. The deal was unpopular in South Korea. Most survivors then alive, 34 of 47, took the fund’s payment. Some refused; they and civic groups said Japan had not accepted legal responsibility. In 2018 Seoul decided to close the fund, saying the survivors must come first. Japan said Seoul was breaking an international promise.',
    citations: [
      ref('asahi-comfort-women-euphemism'),
      ref('japantoday-lee-keeps-pact'),
      ref('jcast-comfort-women-deal'),
      ref('etnews-comfort-women-fund'),
      ref('jiji-lee-uphold-accords'),
      ref('japan-times-foundation-payments-2019'),
      ref('kbs-foundation-dissolution'),
      ref('hankyoreh-payments-refused-2016'),
      ref('korea-times-survivors-protest-2016'),
      ref('hankyoreh-foundation-closing'),
      ref('ntv-abe-foundation'),
    ],
  },
  {
    id: 'forced-labour',
    term: 'Forced labour (wartime labour mobilisation)',
    forms: ['forced labour', 'forced-labour', 'labour mobilisation'],
    definition:
      'Work that Koreans did for Japanese companies under Japan’s colonial rule, above all during the Second World War. South Korea says they were forced into it. Japan’s government calls them “workers from the Korean Peninsula”, saying they were recruited in several ways, not all by force. In 2018 South Korea’s Supreme Court ordered Japanese firms to pay some of them damages. Japan says a 1965 agreement settled all such claims. In 2023 Seoul offered to pay through a Korean foundation instead; Japan welcomed this, but some victims refused.',
    citations: [
      ref('jiji-workers-from-peninsula'),
      ref('korea-herald-nippon-steel-ruling'),
      ref('japan-times-nippon-steel-ruling'),
      ref('yonhap-compensation-plan'),
      ref('nikkei-hayashi-welcomes-plan'),
      ref('korea-times-victims-reject-plan'),
    ],
  },
  {
    id: 'claims-agreement',
    term: '1965 claims agreement',
    forms: ['claims agreement', '1965 agreement'],
    definition:
      'An agreement signed with the 1965 treaty. Japan agreed to give South Korea $300 million in grants and $200 million in low-interest loans. Both said claims between the two countries and their peoples were settled “completely and finally”. Japan says this covers all wartime claims. In 2018 South Korea’s Supreme Court ruled that it did not end individuals’ right to damages for forced labour.',
    citations: [
      ref('claims-agreement-1965-text'),
      ref('japan-times-claims-commentary-2019'),
      ref('korea-herald-nippon-steel-ruling'),
      ref('japan-times-nippon-steel-ruling'),
    ],
  },
  {
    id: 'kim-obuchi-declaration',
    term: '1998 declaration (Kim Dae-jung and Keizo Obuchi)',
    forms: ['1998 declaration'],
    definition:
      'A joint declaration by South Korea’s president, Kim Dae-jung, and Japan’s prime minister, Keizo Obuchi, on 8 October 1998. In it Obuchi offered remorse and a heartfelt apology for the suffering that Japan’s colonial rule caused Koreans. At the 2025 Tokyo summit Ishiba said his government upholds it.',
    citations: [
      ref('japan-times-1998-declaration'),
      ref('wikipedia-1998-declaration'),
      ref('korea-net-tokyo-summit'),
    ],
  },
  {
    id: 'export-controls',
    term: 'Export controls and the “white list”',
    forms: ['export controls', 'export control', 'white list', 'whitelist'],
    definition:
      'Rules on which goods may be sold abroad, and to whom. In 2019 Japan made each shipment to South Korea of three chemicals for making chips need its own licence. It also took South Korea off its “white list” of trusted trade partners. Japan said this was about security, not history. Seoul called it retaliation for its court’s forced-labour rulings. Japan eased the rules in 2023 and put South Korea back on the list.',
    citations: [
      ref('mynavi-export-controls'),
      ref('kbs-white-list-effective'),
      ref('nikkei-abe-export-controls'),
      ref('korea-herald-moon-trade-curbs'),
      ref('sankei-export-controls-eased'),
      ref('kbs-world-white-list-restored'),
    ],
  },
  {
    id: 'gsomia',
    term: 'GSOMIA',
    forms: ['gsomia'],
    definition:
      'The General Security of Military Information Agreement, a pact for Japan and South Korea to share sensitive military information. In 2019 Seoul said it would end it, blaming Japan’s export controls. Japan said trade and security were separate matters. Seoul held off, and in 2023 restored the pact in full, to face North Korea’s threats together with Japan.',
    citations: [
      ref('yonhap-gsomia-scrap'),
      ref('nhk-kono-gsomia'),
      ref('yonhap-jp-gsomia-suspended'),
      ref('korea-herald-gsomia-normalised'),
      ref('yonhap-jp-shuttle-2023'),
    ],
  },
  {
    id: 'dokdo-takeshima',
    term: 'Dokdo / Takeshima',
    forms: ['dokdo', 'takeshima'],
    definition:
      'Small islands in the sea between South Korea and Japan. South Korea controls them and calls them Dokdo; Japan claims them and calls them Takeshima. Japan says Korea occupies them illegally. South Korea says they are clearly its own, by history, geography and international law.',
    citations: [ref('reuters-takeshima-day-2026'), ref('mofa-takeshima-position')],
  },
] as const satisfies readonly GlossaryTerm<string>[];

/** The id of a glossary term. */
export type TermId = (typeof glossary)[number]['id'];
