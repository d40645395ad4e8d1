import type { ReportParagraph } from './types';

/** What the source report is, described in our words. */
export const reportDescription =
  'An undated news report of about 430 words, written on or just after 23 August 2025 and before the White House summit of 25 August. It describes the Tokyo meeting, what the two leaders committed to, and the politics around it. It ends with the tags #PoliticsNews and #WorldNews.';

/** What each paragraph of the source report covers. */
export const reportParagraphs = [
  {
    number: 1,
    covers:
      'Ishiba welcomes Lee in Tokyo; the meeting is set against North Korea and a shifting United States.',
  },
  {
    number: 2,
    covers:
      'The visit is Lee’s first official engagement in Japan since taking office in June; talks at the prime minister’s residence build on a trilateral agreement made by their predecessors.',
  },
  {
    number: 3,
    covers:
      'The joint statement: Ishiba on a harder strategic environment and the value of working with the US.',
  },
  {
    number: 4,
    covers:
      'The commitments: shuttle diplomacy, working-holiday exchanges, defence, economic security, artificial intelligence, and one stance on North Korea’s weapons.',
  },
  {
    number: 5,
    covers:
      'Lee’s rise after Yoon Suk Yeol’s impeachment, Tokyo’s worries, the colonial past, and Lee’s earlier meeting with Ishiba at the G7 in Canada.',
  },
  {
    number: 6,
    covers:
      'Why Lee went to Tokyo before Washington, and how a good meeting could help Ishiba with the pressures inside his party.',
  },
  {
    number: 7,
    covers:
      'Both rely on US forces, about 80,000 troops in the region, and share interests in trade and tariff agreements.',
  },
  {
    number: 8,
    covers:
      'Lee’s coming talks in Washington on China and North Korea, and the case for working together.',
  },
] as const satisfies readonly ReportParagraph[];
