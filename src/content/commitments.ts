import { ref, report } from './cite';
import type { PersonId } from './people';
import type { ChecklistNote, Commitment, StatusChange } from './types';

const bothLeaders = ['shigeru-ishiba', 'lee-jae-myung'] as const satisfies readonly PersonId[];

/** The day every commitment below was last reviewed against its sources. */
const assessed = '2026-11-28';

/** The first step of every history: the promise made at the Tokyo summit. */
const pledgedInTokyo = (...citations: StatusChange['citations']): StatusChange => ({
  date: '2025-08-23',
  status: 'pledged',
  what: 'Agreed at the Tokyo summit.',
  event: 'tokyo-summit',
  citations,
});

/** What the two leaders committed to in Tokyo, in the order of the joint press announcement. */
export const commitments = [
  {
    id: 'shuttle-diplomacy',
    title: 'Revive shuttle diplomacy',
    summary:
      'The leaders will again visit each other often and informally, without the ceremony of a formal state visit. Yoon and Kishida had first restarted such visits in 2023.',
    area: 'diplomacy',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(report(4), ref('korea-net-tokyo-summit')),
      {
        date: '2025-09-30',
        status: 'delivered',
        what: 'Ishiba returned the visit five weeks later, in Busan.',
        event: 'busan-summit',
        citations: [ref('joongang-busan-summit')],
      },
      {
        date: '2025-10-30',
        status: 'delivered',
        what: 'His successor, Sanae Takaichi, agreed with Lee to carry on.',
        event: 'gyeongju-summit',
        citations: [ref('jiji-gyeongju-summit'), ref('kbs-gyeongju-summit')],
      },
      {
        date: '2026-01-13',
        status: 'delivered',
        what: 'Takaichi hosted Lee in Nara, and the two agreed to keep the visits going.',
        event: 'nara-summit',
        citations: [ref('kantei-nara-remarks')],
      },
    ],
    assessed,
    evidence:
      'Ishiba returned the visit in Busan five weeks later. His successor, Sanae Takaichi, agreed to carry on. She hosted Lee in Nara, her home prefecture, in January 2026. Later that month Lee proposed his home town, Andong, for the next summit.',
    citations: [
      report(4),
      ref('korea-net-tokyo-summit'),
      ref('korea-herald-summit-preview'),
      ref('yonhap-jp-shuttle-2023'),
      ref('joongang-nara-visit'),
      ref('joongang-busan-summit'),
      ref('jiji-gyeongju-summit'),
      ref('kantei-nara-remarks'),
      ref('jiji-andong-remark'),
    ],
  },
  {
    id: 'working-holiday',
    title: 'Widen working-holiday exchanges',
    summary:
      'Young people aged 18 to 25 will be able to get a working-holiday visa for the other country twice, not just once.',
    area: 'people',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [pledgedInTokyo(report(4), ref('japantoday-working-holiday'))],
    assessed,
    evidence:
      'Before the summit, Kyodo reported that Japanese officials were preparing to start second visas in October 2025. In reports up to March 2026 we found no official notice or figures showing that second visas are being issued. So we do not yet rate it delivered.',
    citations: [
      report(4),
      ref('japantoday-working-holiday'),
      ref('jiji-working-holiday'),
      ref('kyodo-working-holiday-october'),
    ],
  },
  {
    id: 'defence-cooperation',
    title: 'Deepen defence cooperation',
    summary: 'The two governments will work more closely on defence.',
    area: 'security',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(report(4)),
      {
        date: '2025-09-08',
        status: 'in-progress',
        what: 'The defence ministers met in Seoul, the first such visit in about ten years, and agreed on mutual visits and regular talks.',
        event: 'defence-ministers-seoul',
        citations: [ref('jiji-defence-seoul'), ref('ohmynews-defence-seoul')],
      },
      {
        date: '2025-11-17',
        status: 'in-progress',
        what: 'A setback: South Korea’s navy put off a joint search-and-rescue drill planned for November. Reports linked this to Japan refusing to refuel a Korean air display team. The team had flown near Dokdo, islands South Korea controls and Japan claims as Takeshima.',
        event: 'rescue-drill-postponed',
        citations: [
          ref('jiji-rescue-drill-off'),
          ref('sbs-rescue-drill-off'),
          ref('reuters-takeshima-day-2026'),
        ],
      },
      {
        date: '2026-01-30',
        status: 'in-progress',
        what: 'Meeting in Yokosuka, the ministers agreed to visit each other every year and to hold the joint drill.',
        event: 'defence-chiefs-yokosuka',
        citations: [ref('jiji-defence-chiefs'), ref('kookbang-yokosuka')],
      },
    ],
    assessed,
    evidence:
      'The defence ministers met in Seoul in September 2025 and agreed to visit each other. In November South Korea put off a joint rescue drill. Reports linked this to a row over the islands South Korea controls as Dokdo and Japan claims as Takeshima. In January 2026 the ministers agreed to visit each other every year and to hold the drill. In reports up to March 2026 we found none saying it has been held.',
    citations: [
      report(4),
      ref('jiji-defence-seoul'),
      ref('jiji-rescue-drill-off'),
      ref('sbs-rescue-drill-off'),
      ref('reuters-takeshima-day-2026'),
      ref('jiji-defence-chiefs'),
      ref('kookbang-yokosuka'),
    ],
  },
  {
    id: 'economic-security',
    title: 'Cooperate on economic security',
    summary:
      'The two governments will talk more closely about keeping supply chains and key industries safe from outside pressure and disruption.',
    area: 'economy',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(report(4), ref('perthnow-tokyo-summit')),
      {
        date: '2026-01-13',
        status: 'in-progress',
        what: 'At the Nara summit the two sides agreed to strengthen cooperation on supply chains for critical materials.',
        event: 'nara-summit',
        citations: [ref('chosun-nara-summit'), ref('yomiuri-nara-summit')],
      },
    ],
    assessed,
    evidence:
      'At the Nara summit in January 2026 the two sides agreed to strengthen cooperation on supply chains.',
    citations: [report(4), ref('perthnow-tokyo-summit'), ref('chosun-nara-summit')],
  },
  {
    id: 'ai-and-hydrogen',
    title: 'Work together on AI and hydrogen',
    summary:
      'Working together on industries of the future, named as artificial intelligence (AI) and hydrogen.',
    area: 'technology',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(report(4), ref('kbs-world-tokyo-summit')),
      {
        date: '2025-09-30',
        status: 'in-progress',
        what: 'At Busan the leaders agreed to widen cooperation in AI and hydrogen energy.',
        event: 'busan-summit',
        citations: [ref('kbs-busan-ai-hydrogen')],
      },
    ],
    assessed,
    evidence:
      'At Busan the leaders agreed to widen cooperation in AI and hydrogen. In reports up to March 2026 we found no joint hydrogen project since.',
    citations: [
      report(4),
      ref('korea-net-tokyo-summit'),
      ref('kbs-world-tokyo-summit'),
      ref('kbs-busan-ai-hydrogen'),
    ],
  },
  {
    id: 'shared-social-problems',
    title: 'A joint body on shared social problems',
    summary:
      'A new group of officials from both governments will discuss problems both countries face. These include low birth rates, ageing, people crowding into the capital region, farming and disaster safety.',
    area: 'society',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(ref('korea-net-tokyo-summit'), ref('kbs-world-tokyo-summit')),
      {
        date: '2025-09-29',
        status: 'delivered',
        what: 'The body held its first meeting, in Tokyo.',
        event: 'social-body-first-meeting',
        citations: [ref('mofa-social-body-first-meeting'), ref('aju-social-body-first-meeting')],
      },
      {
        date: '2025-09-30',
        status: 'delivered',
        what: 'At Busan the leaders announced how the body will run, with regular reviews through government channels.',
        event: 'busan-summit',
        citations: [ref('asiae-busan-statement'), ref('kbs-busan-social-body')],
      },
    ],
    assessed,
    evidence:
      'The body met for the first time in Tokyo on 29 September 2025. The next day, at Busan, the leaders set out how it will run. In reports up to March 2026 we found no second meeting.',
    citations: [
      ref('kbs-world-tokyo-summit'),
      ref('mofa-social-body-first-meeting'),
      ref('asiae-busan-statement'),
      ref('kbs-busan-social-body'),
    ],
  },
  {
    id: 'north-korea-stance',
    title: 'One stance on North Korea',
    summary:
      'A common position against North Korea’s nuclear and missile programmes, aiming at the complete denuclearisation of the Korean Peninsula.',
    area: 'security',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(report(4), ref('kbs-world-tokyo-summit'), ref('perthnow-tokyo-summit')),
      {
        date: '2025-09-30',
        status: 'in-progress',
        what: 'At Busan the leaders restated the aim of complete denuclearisation.',
        event: 'busan-summit',
        citations: [ref('kbs-busan-north-korea')],
      },
      {
        date: '2026-01-13',
        status: 'in-progress',
        what: 'At Nara, Takaichi and Lee agreed to keep coordinating, with each other and with the United States.',
        event: 'nara-summit',
        citations: [ref('kantei-nara-remarks'), ref('japan-forward-nara')],
      },
    ],
    assessed,
    evidence:
      'The shared position has held. At Busan the leaders restated the aim of complete denuclearisation. At Nara, Takaichi and Lee agreed to keep working together on it, and with the United States.',
    citations: [
      report(4),
      ref('kbs-world-tokyo-summit'),
      ref('kbs-busan-north-korea'),
      ref('kantei-nara-remarks'),
      ref('japan-forward-nara'),
    ],
  },
  {
    id: 'us-coordination',
    title: 'Coordinate with the United States',
    summary:
      'Keep working closely with the United States on security, building on the three-way framework their predecessors agreed at Camp David in 2023.',
    area: 'security',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    history: [
      pledgedInTokyo(report(2), report(3)),
      {
        date: '2025-08-25',
        status: 'in-progress',
        what: 'Two days later Lee and Trump reaffirmed plans to strengthen three-way cooperation with Japan.',
        event: 'white-house-summit',
        citations: [ref('korea-net-white-house')],
      },
      {
        date: '2026-01-13',
        status: 'in-progress',
        what: 'At Nara, Takaichi said cooperation among Japan, South Korea and the US mattered more than ever.',
        event: 'nara-summit',
        citations: [ref('kantei-nara-remarks')],
      },
    ],
    assessed,
    evidence:
      'Two days after Tokyo, Lee and Trump reaffirmed plans to strengthen three-way cooperation with Japan. At Nara in January 2026, Takaichi said it mattered more than ever.',
    citations: [
      report(2),
      report(3),
      report(8),
      ref('kocis-camp-david'),
      ref('korea-net-white-house'),
      ref('kantei-nara-remarks'),
    ],
  },
] as const satisfies readonly Commitment<string>[];

/** The id of a commitment. */
export type CommitmentId = (typeof commitments)[number]['id'];

/** What readers might take for a promise of the summit, and what the sources say instead. */
export const checklistNotes = [
  {
    id: 'trade-and-tariffs',
    title: 'Trade and tariffs: context, not a promise',
    text: 'The report notes that both countries share interests in trade and in their tariff deals with the United States. In Tokyo the leaders compared notes on those talks. We found no trade pledge reported from the summit. At the Nara summit in January 2026, South Korea restated its wish to join the CPTPP trade pact. Its ban on seafood from eight Japanese prefectures, in place since 2013, was left to officials. The ban was still in force in February 2026, the latest report we found.',
    citations: [
      report(7),
      ref('joongang-tokyo-trade-tips'),
      ref('yonhap-nara-cptpp'),
      ref('chosun-nara-summit'),
      ref('anews-nara-trade'),
      ref('sbs-seafood-ban'),
      ref('chosun-online-seafood'),
    ],
  },
] as const satisfies readonly ChecklistNote<string>[];

/** The id of a checklist note: its anchor on the checklist page. */
export type ChecklistNoteId = (typeof checklistNotes)[number]['id'];
