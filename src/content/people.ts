import { fact, ref, report } from './cite';
import { day } from './dates';
import type { Person } from './types';

/** The people of the story: the two leaders who met in Tokyo first, then the others. */
export const people = [
  {
    id: 'shigeru-ishiba',
    name: 'Shigeru Ishiba',
    nativeName: '石破 茂',
    nativeLang: 'ja',
    initials: 'SI',
    country: 'japan',
    role: 'principal',
    born: { date: day('1957-02-04'), citations: [ref('simple-wikipedia-ishiba')] },
    seats: [
      {
        title: 'Member of the House of Representatives (Tottori)',
        start: { precision: 'year', year: 1986 },
        confirmedOn: '2026-02-08',
        citations: [
          ref('tbs-ishiba-first-elected'),
          ref('tbs-ishiba-13th-win'),
          ref('fnn-ishiba-14th-win'),
        ],
      },
    ],
    offices: [
      {
        title: 'Minister of Defense',
        start: day('2007-09-26'),
        end: day('2008-08-02'),
        citations: [
          ref('mod-ishiba-defense-minister'),
          ref('sinchew-fukuda-reshuffle'),
          ref('simple-wikipedia-ishiba'),
        ],
      },
      {
        title: 'Minister of Agriculture, Forestry and Fisheries',
        start: day('2008-09-24'),
        end: day('2009-09-16'),
        citations: [
          ref('japan-times-aso-cabinet'),
          ref('kantei-hatoyama-cabinet'),
          ref('simple-wikipedia-ishiba'),
        ],
      },
      {
        title: 'LDP Secretary-General',
        start: day('2012-09-27'),
        end: day('2014-09-03'),
        citations: [ref('xinhua-ishiba-secretary-general'), ref('nippon-abe-reshuffle-2014')],
      },
      {
        title: 'Prime Minister of Japan',
        start: day('2024-10-01'),
        end: day('2025-10-21'),
        citations: [
          report(1),
          ref('ishiba-takes-office'),
          ref('yomiuri-ishiba-named'),
          ref('livedoor-ishiba-cabinet-resigns'),
          ref('yomiuri-takaichi-elected'),
        ],
      },
    ],
    party: 'Liberal Democratic Party (LDP)',
    summary: fact(
      'Japan’s prime minister at the time of the summit, and its host. A former defence minister, he faced pressure inside his own party, the LDP. He announced his resignation two weeks after the summit and left office in October 2025.',
      report(1),
      report(6),
      ref('mod-ishiba-defense-minister'),
      ref('jiji-ishiba-resigns'),
      ref('yomiuri-takaichi-elected'),
    ),
  },
  {
    id: 'lee-jae-myung',
    name: 'Lee Jae Myung',
    nativeName: '이재명',
    nativeLang: 'ko',
    initials: 'LJ',
    country: 'south-korea',
    role: 'principal',
    born: {
      date: { precision: 'month', year: 1963, month: 12 },
      note: 'His exact date of birth is uncertain.',
      citations: [ref('simple-wikipedia-lee')],
    },
    seats: [
      {
        title: 'Member of the National Assembly (Incheon)',
        start: day('2022-06-01'),
        end: day('2025-06-04'),
        citations: [
          ref('hankook-lee-by-election'),
          ref('kyeongin-lee-reelected-2024'),
          ref('edaily-lee-resigns-seat'),
        ],
      },
    ],
    offices: [
      {
        title: 'Mayor of Seongnam',
        start: day('2010-07-01'),
        end: day('2018-03-15'),
        citations: [ref('simple-wikipedia-lee')],
      },
      {
        title: 'Governor of Gyeonggi Province',
        start: day('2018-07-01'),
        end: day('2021-10-25'),
        citations: [ref('simple-wikipedia-lee'), ref('yonhap-lee-leaves-gyeonggi')],
      },
      {
        title: 'Leader of the Democratic Party of Korea',
        start: day('2022-08-28'),
        end: day('2025-04-09'),
        citations: [ref('simple-wikipedia-lee'), ref('joongang-lee-leaves-dp-post')],
      },
      {
        title: 'President of the Republic of Korea',
        start: day('2025-06-04'),
        confirmedOn: '2026-03-12',
        citations: [
          report(2),
          ref('lee-takes-office'),
          ref('newspim-march-first'),
          ref('sbs-lee-supplementary-budget'),
        ],
      },
    ],
    party: 'Democratic Party of Korea',
    summary: fact(
      'South Korea’s president since June 2025, who had led the main opposition party. The report says his rise raised concerns in Tokyo about relations. Lee said he wanted closer ties, and he visited Tokyo before Washington.',
      report(2),
      report(5),
      report(6),
      ref('joongang-lee-leaves-dp-post'),
    ),
  },
  {
    id: 'yoon-suk-yeol',
    name: 'Yoon Suk Yeol',
    initials: 'YS',
    country: 'south-korea',
    role: 'supporting',
    offices: [
      {
        title: 'President of South Korea',
        start: day('2022-05-10'),
        end: day('2025-04-04'),
        citations: [ref('japan-times-yoon-inauguration'), ref('devdiscourse-yoon-ousted')],
      },
    ],
    summary: fact(
      'Lee’s predecessor. In 2023 he restarted shuttle diplomacy with Japan and restored GSOMIA in full. That August at Camp David he agreed a three-way framework with Japan and the US. In December 2024 he declared martial law. He was impeached, and the Constitutional Court removed him in April 2025.',
      report(5),
      ref('yonhap-jp-shuttle-2023'),
      ref('korea-net-yoon-tokyo-2023'),
      ref('korea-herald-gsomia-normalised'),
      ref('kocis-camp-david'),
      ref('npr-martial-law'),
      ref('devdiscourse-impeachment'),
      ref('devdiscourse-yoon-ousted'),
    ),
  },
  {
    id: 'fumio-kishida',
    name: 'Fumio Kishida',
    initials: 'FK',
    country: 'japan',
    role: 'supporting',
    offices: [
      {
        title: 'Prime Minister of Japan',
        start: day('2021-10-04'),
        end: day('2024-10-01'),
        citations: [ref('bbc-kishida-takes-office'), ref('yomiuri-ishiba-named')],
      },
    ],
    summary: fact(
      'Ishiba’s predecessor. In 2023 he and Yoon restarted shuttle diplomacy, and Japan eased its 2019 export controls on South Korea. He agreed the trilateral framework with Yoon and Joe Biden at Camp David in August 2023.',
      report(2),
      ref('kocis-camp-david'),
      ref('yomiuri-ishiba-named'),
      ref('kantei-yoon-kishida-2023'),
      ref('yonhap-jp-shuttle-2023'),
      ref('sankei-export-controls-eased'),
      ref('kbs-world-white-list-restored'),
    ),
  },
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    initials: 'JB',
    country: 'united-states',
    role: 'supporting',
    offices: [
      {
        title: 'President of the United States',
        start: day('2021-01-20'),
        end: day('2025-01-20'),
        citations: [ref('whas-biden-sworn-in'), ref('newser-trump-sworn-in')],
      },
    ],
    summary: fact(
      'The US president who hosted Yoon and Kishida at Camp David in 2023.',
      ref('kocis-camp-david'),
    ),
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    initials: 'DT',
    country: 'united-states',
    role: 'supporting',
    offices: [
      {
        title: 'President of the United States',
        start: day('2025-01-20'),
        confirmedOn: '2026-03-19',
        citations: [ref('newser-trump-sworn-in'), ref('dw-takaichi-trump')],
      },
    ],
    summary: fact(
      'The US president. The United States is an ally of both Japan and South Korea. Lee met Trump at the White House on 25 August 2025, two days after Tokyo.',
      report(1),
      report(6),
      ref('korea-net-white-house'),
      ref('joongang-white-house'),
    ),
  },
  {
    id: 'sanae-takaichi',
    name: 'Sanae Takaichi',
    initials: 'ST',
    country: 'japan',
    role: 'supporting',
    offices: [
      {
        title: 'Prime Minister of Japan',
        start: day('2025-10-21'),
        confirmedOn: '2026-03-19',
        citations: [ref('yomiuri-takaichi-elected'), ref('dw-takaichi-trump')],
      },
    ],
    party: 'Liberal Democratic Party (LDP)',
    summary: fact(
      'Ishiba’s successor, and Japan’s first woman prime minister. At their first summit, at the APEC meeting in Gyeongju in October 2025, she and Lee agreed to keep up shuttle diplomacy. Afterwards Lee said all his concerns about her had gone. Her party, the LDP, won a large majority in the February 2026 election.',
      ref('yomiuri-takaichi-elected'),
      ref('jiji-gyeongju-summit'),
      ref('kbs-gyeongju-summit'),
      ref('kyodo-lee-concerns-gone'),
      ref('yomiuri-ldp-landslide'),
    ),
  },
] as const satisfies readonly Person<string>[];

/** The id of a person: their profile's address is /leaders/{id}. */
export type PersonId = (typeof people)[number]['id'];

/** The id of one of the two leaders who met in Tokyo, who get a full profile. */
export type PrincipalId = Extract<(typeof people)[number], { role: 'principal' }>['id'];
