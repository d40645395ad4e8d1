import { fact, ref, report } from './cite';
import { day } from './dates';
import type { Person } from './types';

/** The people of the story: the two leaders who met in Tokyo first, then the others. */
export const people: readonly Person[] = [
  {
    id: 'shigeru-ishiba',
    name: 'Shigeru Ishiba',
    nativeName: '石破 茂',
    nativeLang: 'ja',
    initials: 'SI',
    country: 'japan',
    role: 'principal',
    office: 'Prime Minister of Japan',
    officeSince: day('2024-10-01'),
    party: 'Liberal Democratic Party (LDP)',
    officeCitations: [report(1), ref('ishiba-takes-office'), ref('simple-wikipedia-ishiba')],
    summary: fact(
      'Japan’s prime minister and the summit’s host: a former defence minister who needed a diplomatic success while his own party turned against him.',
      report(1),
      report(6),
      ref('mod-ishiba-defense-minister'),
    ),
    path: [
      fact('Born on 4 February 1957.', ref('simple-wikipedia-ishiba')),
      fact('Appointed Minister of Defense in September 2007.', ref('mod-ishiba-defense-minister')),
      fact(
        'Became prime minister on 1 October 2024, as leader of the LDP.',
        ref('ishiba-takes-office'),
      ),
    ],
    stance: [
      fact(
        'Sees a harsher strategic environment in which the partnership with Seoul, and the three-way work with Washington, matter more than before.',
        report(3),
      ),
      fact(
        'His government said it upholds the positions of earlier Japanese cabinets on the past, including the 1998 joint declaration with Korea.',
        ref('korea-net-tokyo-summit'),
      ),
    ],
    pressures: [
      fact(
        'His ruling coalition lost its majority in the upper house in the election of 20 July 2025.',
        ref('menafn-upper-house'),
      ),
      fact(
        'Faced pressure inside his own party; a good meeting with Lee, and then with Washington, could win him support.',
        report(6),
      ),
      fact(
        'On 7 September 2025, two weeks after the summit, he announced he would resign as LDP leader.',
        ref('jiji-ishiba-resigns'),
      ),
    ],
    atSummit: [
      fact(
        'Hosted Lee at the prime minister’s residence and issued with him the first joint statement between the two countries in 17 years.',
        report(2),
        ref('korea-net-tokyo-summit'),
        ref('chosun-tokyo-summit'),
      ),
      fact(
        'Committed to revive shuttle diplomacy, widen working-holiday exchanges and deepen cooperation on defence, economic security and artificial intelligence.',
        report(4),
      ),
    ],
  },
  {
    id: 'lee-jae-myung',
    name: 'Lee Jae Myung',
    nativeName: '이재명',
    nativeLang: 'ko',
    initials: 'LJ',
    country: 'south-korea',
    role: 'principal',
    office: 'President of the Republic of Korea',
    officeSince: day('2025-06-04'),
    party: 'Democratic Party of Korea',
    officeCitations: [report(2), ref('lee-takes-office')],
    summary: fact(
      'South Korea’s president since June 2025: a former opposition leader whom Tokyo half-expected to be cool towards Japan, and who made Tokyo his stop before Washington.',
      report(2),
      report(5),
      report(6),
    ),
    path: [
      fact(
        'Twice mayor of Seongnam, then governor of Gyeonggi Province.',
        ref('korea-herald-lee-career'),
      ),
      fact(
        'Lost the 2022 presidential election narrowly to Yoon Suk Yeol.',
        ref('korea-herald-lee-career'),
      ),
      fact(
        'Won the snap election called after Yoon’s removal, and was sworn in on 4 June 2025.',
        report(5),
        ref('lee-takes-office'),
      ),
    ],
    stance: [
      fact(
        'Tokyo worried that his rise would chill relations, given grievances over Japan’s colonial past.',
        report(5),
      ),
      fact(
        'He has argued for closer ties instead, starting with his first talks with Ishiba at the G7 summit in Canada.',
        report(5),
      ),
      fact(
        'Japanese officials read his choice to visit Tokyo before meeting Donald Trump as a deliberate gesture.',
        report(6),
      ),
    ],
    pressures: [
      fact(
        'Took office after months of upheaval: martial law, an impeachment and his predecessor’s removal by the Constitutional Court.',
        report(5),
        ref('npr-martial-law'),
        ref('kbs-yoon-removed'),
      ),
      fact(
        'Went on to his first summit with Trump, where security questions on China and North Korea awaited.',
        report(8),
      ),
    ],
    atSummit: [
      fact(
        'Agreed with Ishiba on one stance against North Korea’s nuclear and missile programmes.',
        report(4),
      ),
      fact(
        'Agreed to set up a new intergovernmental body on problems both societies share, from low birth rates to ageing.',
        ref('korea-net-tokyo-summit'),
      ),
    ],
  },
  {
    id: 'yoon-suk-yeol',
    name: 'Yoon Suk Yeol',
    initials: 'YS',
    country: 'south-korea',
    role: 'supporting',
    office: 'Former President of South Korea',
    officeCitations: [report(5)],
    summary: fact(
      'Lee’s predecessor. He built the three-way framework with Japan and the US at Camp David, then declared martial law, was impeached and was removed from office.',
      report(5),
      ref('kocis-camp-david'),
      ref('npr-martial-law'),
      ref('kbs-yoon-removed'),
    ),
    path: [],
    stance: [],
    pressures: [],
    atSummit: [],
  },
  {
    id: 'fumio-kishida',
    name: 'Fumio Kishida',
    initials: 'FK',
    country: 'japan',
    role: 'supporting',
    office: 'Former Prime Minister of Japan',
    officeCitations: [report(2), ref('kocis-camp-david')],
    summary: fact(
      'Ishiba’s predecessor, who agreed the trilateral framework with Yoon and Joe Biden at Camp David in August 2023.',
      report(2),
      ref('kocis-camp-david'),
    ),
    path: [],
    stance: [],
    pressures: [],
    atSummit: [],
  },
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    initials: 'JB',
    country: 'united-states',
    role: 'supporting',
    office: 'Former President of the United States',
    officeCitations: [ref('kocis-camp-david')],
    summary: fact(
      'The US president who hosted Yoon and Kishida at Camp David in 2023.',
      ref('kocis-camp-david'),
    ),
    path: [],
    stance: [],
    pressures: [],
    atSummit: [],
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    initials: 'DT',
    country: 'united-states',
    role: 'supporting',
    office: 'President of the United States',
    officeCitations: [report(6)],
    summary: fact(
      'The US president, ally of both countries. Lee met him at the White House on 25 August 2025, two days after Tokyo.',
      report(6),
      report(8),
      ref('korea-herald-summit-preview'),
    ),
    path: [],
    stance: [],
    pressures: [],
    atSummit: [],
  },
  {
    id: 'sanae-takaichi',
    name: 'Sanae Takaichi',
    initials: 'ST',
    country: 'japan',
    role: 'supporting',
    office: 'Prime Minister of Japan from October 2025',
    officeSince: day('2025-10-21'),
    officeCitations: [ref('menafn-takaichi')],
    summary: fact(
      'Ishiba’s successor and Japan’s first woman prime minister, who agreed with Lee to keep shuttle diplomacy going.',
      ref('menafn-takaichi'),
      ref('jiji-gyeongju-summit'),
    ),
    path: [],
    stance: [],
    pressures: [],
    atSummit: [],
  },
];
