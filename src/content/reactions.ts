import { ref } from './cite';
import { day } from './dates';
import type { Reaction } from './types';

/** How the summit was received in each country, and what each government wanted from it. */
export const reactions = [
  // Japan: the press.
  {
    id: 'yomiuri-welcomes-pledge',
    who: { name: 'The Yomiuri Shimbun', role: 'national daily, in an editorial', country: 'japan' },
    kind: 'press',
    summary:
      'The day before the summit, the Yomiuri praised Lee for saying plainly, in its interview, that he would not overturn past agreements with Japan. It asked the two leaders to keep visiting each other.',
    date: day('2025-08-22'),
    citations: [ref('yomiuri-editorial-lee-interview')],
  },
  {
    id: 'sankei-wary',
    who: { name: 'The Sankei Shimbun', role: 'conservative national daily', country: 'japan' },
    kind: 'press',
    summary:
      'The Sankei read Lee’s choice of Tokyo before Washington as a way to reassure the United States. A piece on its English-language site, JAPAN Forward, welcomed the stop in Japan. But it regretted that the joint press announcement did not name China. It said Lee’s actions must match his words.',
    date: day('2025-08-24'),
    citations: [ref('chosun-biz-japanese-media'), ref('japan-forward-summit-editorial')],
  },
  {
    id: 'minami-nippon-welcomes',
    who: {
      name: 'Minami-Nippon Shimbun',
      role: 'regional daily in Kagoshima, in an editorial',
      country: 'japan',
    },
    kind: 'press',
    summary:
      'A regional paper welcomed the summit and asked both sides to keep talking and deepen what it called a mature relationship. It also noted that some South Koreans are unhappy with Lee’s softer line on Japan.',
    date: day('2025-08-27'),
    citations: [ref('minami-nippon-editorial')],
  },
  // South Korea: the press.
  {
    id: 'chosun-welcomes-pledge',
    who: { name: 'The Chosun Ilbo', role: 'conservative daily', country: 'south-korea' },
    kind: 'press',
    summary:
      'The day before Lee left for Tokyo, the Chosun Ilbo called it fortunate that he had himself promised to keep agreements between states. It also welcomed his stress on ties with Japan and on working with both Japan and the United States.',
    date: day('2025-08-22'),
    citations: [ref('chosun-editorial-lee-interview')],
  },
  {
    id: 'segye-written-pledge',
    who: { name: 'The Segye Ilbo', role: 'centre-right daily', country: 'south-korea' },
    kind: 'press',
    summary:
      'The Segye Ilbo said it mattered that Ishiba had again put in writing that Japan stands by the 1998 declaration. In its view, Japanese conservatives were moving to the right.',
    date: day('2025-08-28'),
    citations: [ref('sekai-nippo-segye-editorial')],
  },
  {
    id: 'hankyoreh-too-much-given',
    who: {
      name: 'The Hankyoreh',
      role: 'progressive daily, in an editorial',
      country: 'south-korea',
    },
    kind: 'press',
    summary:
      'The Hankyoreh asked whether Lee had given too much ground to Japan on history and on North Korea. Keeping to his promises to Tokyo, it said, would make it harder for South Korea to act on its own. It asked him to weigh what he had gained and lost.',
    // The editorial's own date is not shown; this is the day the cited report of it appeared.
    date: day('2025-08-29'),
    citations: [ref('livedoor-hankyoreh-editorial'), ref('wowkorea-summit-reactions')],
  },
  // South Korea: civic groups and victims.
  {
    id: 'korean-council-on-interview',
    who: {
      name: 'Korean Council for Justice and Remembrance',
      role: 'civic group for the “comfort women”',
      country: 'south-korea',
    },
    kind: 'civic',
    summary:
      'After Lee told the Yomiuri he would keep the 2015 “comfort women” deal, the council said justice needs Japan’s official apology and legal compensation.',
    quote: 'korean-council-repeating-mistakes',
    date: day('2025-08-21'),
    citations: [ref('kbs-world-civic-groups-interview')],
  },
  {
    id: 'civic-groups-history-left-out',
    who: {
      name: 'Korean Council for Justice and Remembrance, Center for Historical Truth and Justice and others',
      role: 'civic and history groups',
      country: 'south-korea',
    },
    kind: 'civic',
    summary:
      'The day after the summit, the Korean Council said historical justice had been hidden in the name of practical diplomacy. The joint press announcement, it noted, said nothing about the “comfort women”. The Center for Historical Truth and Justice said sealing off the past does not end Japan’s responsibility.',
    date: day('2025-08-24'),
    citations: [ref('kbs-civic-groups-summit'), ref('ohmynews-civic-groups-summit')],
  },
  {
    id: 'forced-labour-group',
    who: {
      name: 'Citizens’ Group for Forced-Mobilisation Victims',
      role: 'group in Gwangju that supports victims of wartime forced labour',
      country: 'south-korea',
    },
    kind: 'civic',
    summary:
      'The group said questions about the past dropped out of the summit entirely, while the two leaders agreed only on working together against North Korea.',
    date: day('2025-08-24'),
    citations: [ref('kbc-forced-labour-group')],
  },
  {
    id: 'lee-yong-soo',
    who: {
      name: 'Lee Yong-soo',
      role: 'survivor of Japan’s wartime military brothels',
      country: 'south-korea',
    },
    kind: 'civic',
    summary:
      'After Lee said he would keep the 2015 agreement, she said she would never go along with it.',
    date: day('2025-08-22'),
    citations: [ref('kbs-lee-yong-soo')],
  },
  // Japan: critics wary of Lee.
  {
    id: 'tokyo-wary-of-u-turn',
    who: {
      name: 'Officials in Japan’s government',
      role: 'unnamed, as reported by Kyodo',
      country: 'japan',
    },
    kind: 'critic',
    summary:
      'Before the visit, some in Japan’s government welcomed Lee’s coming but worried that he might go back to a hard line on Japan.',
    date: day('2025-08-15'),
    citations: [ref('kyodo-tokyo-wary')],
  },
  {
    id: 'sakurai-unconvinced',
    who: {
      name: 'Yoshiko Sakurai',
      role: 'conservative commentator, in the weekly Shūkan Shinchō',
      country: 'japan',
    },
    kind: 'critic',
    summary:
      'In the issue dated 4 September, she wrote that Japan’s papers and TV mostly praised the summit, but she could not. She said the joint press announcement left history out. It does record Ishiba saying his government stands by past cabinets’ positions, the 1998 declaration among them.',
    date: day('2025-09-04'),
    citations: [ref('genron-sakurai-column'), ref('akahata-joint-release')],
  },
  // What each government said it wanted.
  {
    id: 'japan-aims',
    who: {
      name: 'Shigeru Ishiba and his government',
      role: 'Prime Minister of Japan',
      person: 'shigeru-ishiba',
      country: 'japan',
    },
    kind: 'government',
    summary:
      'Ishiba welcomed the start of shuttle diplomacy. A senior Japanese official said Tokyo hoped to set the new government in Seoul on the same track as Japan. That is why the leaders’ shared views were put in writing. Ishiba also asked for Lee’s continued help in quickly resolving North Korea’s abductions of Japanese citizens.',
    quote: 'ishiba-shuttle-welcome',
    date: day('2025-08-23'),
    citations: [
      ref('kantei-tokyo-remarks'),
      ref('japan-news-summit-analysis'),
      ref('economic-jp-summit-readout'),
      ref('newsis-ishiba-abductions'),
    ],
  },
  {
    id: 'korea-aims',
    who: {
      name: 'Wi Sung-lac',
      role: 'Lee’s national security adviser',
      country: 'south-korea',
    },
    kind: 'government',
    summary:
      'Before the visit, Wi said Seoul wanted to make room for flexible, forward-looking talks on the past too. But a declaration as big as the one of 1998 was unlikely, he said.',
    date: day('2025-08-22'),
    citations: [ref('kbs-wi-before-summit')],
  },
  {
    id: 'korea-assessment',
    who: {
      name: 'Wi Sung-lac',
      role: 'Lee’s national security adviser',
      country: 'south-korea',
    },
    kind: 'government',
    summary:
      'Afterwards, Wi said the visit had brought back shuttle diplomacy early and strengthened three-way work with the United States. History, he said, was discussed only in broad, philosophical terms.',
    date: day('2025-08-24'),
    citations: [ref('fnnews-wi-after-summit')],
  },
] as const satisfies readonly Reaction<string>[];

export type ReactionId = (typeof reactions)[number]['id'];
