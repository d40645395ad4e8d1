import { ref, report } from './cite';
import type { Commitment } from './types';

const bothLeaders: string[] = ['shigeru-ishiba', 'lee-jae-myung'];

/** What the two leaders committed to in Tokyo, in the order of the joint statement. */
export const commitments: readonly Commitment[] = [
  {
    id: 'shuttle-diplomacy',
    title: 'Revive shuttle diplomacy',
    summary:
      'The leaders will visit each other often and informally, without the heavy protocol of state visits.',
    area: 'diplomacy',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['busan-summit', 'gyeongju-summit', 'nara-summit'],
    status: 'delivered',
    assessed: '2026-11-27',
    evidence:
      'Ishiba returned the visit in Busan five weeks later. His successor, Sanae Takaichi, agreed to carry on and hosted Lee in Nara in January 2026.',
    citations: [
      report(4),
      ref('korea-net-tokyo-summit'),
      ref('joongang-busan-summit'),
      ref('jiji-gyeongju-summit'),
      ref('kantei-nara-remarks'),
    ],
  },
  {
    id: 'working-holiday',
    title: 'Widen working-holiday exchanges',
    summary:
      'Young people from each country will be able to take a working-holiday visa in the other a second time, not just once.',
    area: 'people',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: [],
    status: 'pledged',
    assessed: '2026-11-27',
    evidence:
      'Agreed at the summit; we found no reliable report that second visas are being issued yet.',
    citations: [report(4), ref('jiji-working-holiday'), ref('korea-net-tokyo-summit')],
  },
  {
    id: 'defence-cooperation',
    title: 'Deepen defence cooperation',
    summary: 'The two governments will work more closely on defence.',
    area: 'security',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['defence-chiefs-yokosuka'],
    status: 'in-progress',
    assessed: '2026-11-27',
    evidence:
      'In January 2026 the defence ministers agreed to visit each other every year and to resume joint search-and-rescue drills.',
    citations: [report(4), ref('jiji-defence-chiefs')],
  },
  {
    id: 'economic-security',
    title: 'Cooperate on economic security',
    summary:
      'Closer strategic talks on keeping supply chains and key industries safe from pressure and disruption.',
    area: 'economy',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['nara-summit'],
    status: 'in-progress',
    assessed: '2026-11-27',
    evidence:
      'At the Nara summit in January 2026 the two sides agreed to strengthen cooperation on supply chains.',
    citations: [report(4), ref('korea-net-tokyo-summit'), ref('chosun-nara-summit')],
  },
  {
    id: 'ai-and-hydrogen',
    title: 'Work together on AI and hydrogen',
    summary: 'Cooperation in future industries, named as artificial intelligence and hydrogen.',
    area: 'technology',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['busan-summit'],
    status: 'in-progress',
    assessed: '2026-11-27',
    evidence:
      'At Busan the leaders agreed to widen cooperation in AI and hydrogen. We found no hydrogen project since.',
    citations: [
      report(4),
      ref('korea-net-tokyo-summit'),
      ref('chosun-tokyo-summit'),
      ref('kbs-busan-ai-hydrogen'),
    ],
  },
  {
    id: 'shared-social-problems',
    title: 'A joint body on shared social problems',
    summary:
      'A new intergovernmental consultative body on problems both societies face: low birth rates, ageing, crowding into the capital region, farming and disaster safety.',
    area: 'society',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['busan-summit'],
    status: 'delivered',
    assessed: '2026-11-27',
    evidence:
      'At Busan on 30 September 2025 the leaders adopted a joint statement on how the new body will run, with regular reviews through government channels.',
    citations: [
      ref('korea-net-tokyo-summit'),
      ref('chosun-tokyo-summit'),
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
    movedBy: ['busan-summit', 'nara-summit'],
    status: 'in-progress',
    assessed: '2026-11-27',
    evidence:
      'The shared position has held: the leaders restated complete denuclearisation at Busan, and Takaichi and Lee pledged to coordinate with the US at Nara.',
    citations: [
      report(4),
      ref('korea-net-tokyo-summit'),
      ref('kbs-busan-north-korea'),
      ref('kantei-nara-remarks'),
    ],
  },
  {
    id: 'us-coordination',
    title: 'Coordinate with the United States',
    summary:
      'Keep security cooperation with Washington at the centre, building on the three-way framework agreed by their predecessors.',
    area: 'security',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['white-house-summit', 'nara-summit'],
    status: 'in-progress',
    assessed: '2026-11-27',
    evidence:
      'Two days later Lee and Trump reaffirmed plans to strengthen three-way cooperation with Japan; at Nara in January 2026 the leaders called it more important than ever.',
    citations: [
      report(2),
      report(3),
      report(8),
      ref('korea-net-white-house'),
      ref('kantei-nara-remarks'),
    ],
  },
  {
    id: 'trade-and-tariffs',
    title: 'Common interests on trade and tariffs',
    summary:
      'Both countries want trade rules, including their separate tariff deals with the US, that protect their economies; in Tokyo the leaders compared notes on those talks.',
    area: 'economy',
    committedBy: bothLeaders,
    madeAt: 'tokyo-summit',
    movedBy: ['nara-summit'],
    status: 'pledged',
    assessed: '2026-11-27',
    evidence:
      'No trade deal between the two since. At Nara, Korea restated its wish to join the Pacific trade pact (CPTPP) and left Japan’s seafood import ban to officials.',
    citations: [
      report(7),
      ref('joongang-tokyo-trade-tips'),
      ref('chosun-nara-summit'),
      ref('anews-nara-trade'),
    ],
  },
];
