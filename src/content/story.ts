import { fact, ref, report } from './cite';
import type { Story } from './types';

/** The story in a minute: what the home page says. */
export const story = {
  headline: 'Tokyo first: why Lee Jae Myung’s visit to Ishiba mattered',
  dek: 'On 23 August 2025 South Korea’s new president, Lee Jae Myung, met Japan’s prime minister at the time, Shigeru Ishiba, in Tokyo. They agreed to visit each other more often and to work together on security, technology and problems both societies share.',
  dekCitations: [report(1), report(4), ref('korea-net-tokyo-summit')],
  takeaways: [
    fact(
      'Lee was the first South Korean president since ties were normalised in 1965 to visit Japan for talks before the United States. Japanese officials took it as a gesture of goodwill.',
      ref('japan-news-lee-arrives-first'),
      ref('joongang-jp-japan-before-us'),
      report(6),
    ),
    fact(
      'The two governments announced their first joint document on relations in 17 years, in the 60th anniversary year of normalised ties.',
      ref('korea-net-tokyo-summit'),
      ref('kbs-world-tokyo-summit'),
      ref('kbs-tokyo-joint-announcement'),
    ),
    fact(
      'They agreed to revive shuttle diplomacy, widen working-holiday exchanges and cooperate on defence, economic security and AI.',
      report(4),
    ),
    fact(
      'Both face North Korea’s nuclear and missile programmes and rely on US forces in the region, about 80,000 troops by the report’s count. The report argues that, with threats growing and US policy shifting, both gain from working together.',
      report(4),
      report(7),
      report(1),
      report(3),
      report(8),
    ),
    fact(
      'Ishiba, under pressure at home, announced his resignation two weeks later and left office in October 2025. His successor, Sanae Takaichi, kept the visits going.',
      ref('jiji-ishiba-resigns'),
      ref('yomiuri-takaichi-elected'),
      ref('jiji-gyeongju-summit'),
      ref('kantei-nara-remarks'),
    ),
  ],
  angle: [
    fact(
      'As opposition leader in March 2023, Lee called Yoon Suk Yeol’s plan for the forced-labour cases “the biggest humiliation and stain in diplomatic history”.',
      ref('yonhap-lee-humiliation'),
    ),
    fact(
      'As president, days before his visit to Tokyo, he said past agreements with Japan were hard to accept but should not be overturned. He also urged Japan to face the truth.',
      ref('japantoday-lee-keeps-pact'),
      ref('kmib-lee-keep-agreements'),
      ref('japan-times-lee-joint-interview'),
    ),
    fact(
      'On 15 August, 80 years after the war ended, Ishiba spoke of “remorse” at Japan’s memorial for its war dead. No prime minister had used the word there in 13 years.',
      ref('japan-news-ishiba-remorse'),
    ),
    fact(
      'Like his recent predecessors, he did not mention Japan’s wartime aggression or the harm done across Asia. The same day, Lee called Japan an important partner and said he hoped its government would face history squarely.',
      ref('kyodo-ishiba-remorse'),
      ref('asiatoday-partner-reflection'),
      ref('jiji-lee-liberation-day'),
    ),
    fact(
      'Korean civic groups said the summit put history aside for the sake of practical diplomacy.',
      ref('kbs-civic-groups-summit'),
    ),
  ],
  angleQuotes: ['lee-front-yard', 'ishiba-difficult-issues'],
  turningPoints: [
    'colonial-rule',
    'basic-relations-treaty',
    'kim-obuchi-declaration',
    'comfort-women-agreement',
    'forced-labour-rulings-2018',
    'export-controls-2019',
    'compensation-plan-2023',
    'lee-takes-office',
  ],
} as const satisfies Story;
