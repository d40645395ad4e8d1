import { fact, ref, report } from './cite';
import type { Story } from './types';

/** The story in a minute: what the home page says. */
export const story = {
  headline: 'Tokyo first: why Lee Jae Myung’s visit to Ishiba mattered',
  dek: 'On 23 August 2025 South Korea’s new president, Lee Jae Myung, met Japan’s prime minister at the time, Shigeru Ishiba, in Tokyo. He went there before meeting Donald Trump in Washington. They agreed to visit each other more often and to work together on security, technology and problems both societies share.',
  dekCitations: [report(1), report(4), report(6), ref('korea-net-tokyo-summit')],
  takeaways: [
    fact(
      'Lee went to Tokyo before Washington, and Japanese officials took the order of the visits as a gesture of goodwill.',
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
      'Both face North Korea’s nuclear and missile programmes and rely on US forces in the region, about 80,000 troops by the report’s count.',
      report(4),
      report(7),
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
      'Korean civic groups said the summit put history aside for the sake of pragmatic diplomacy.',
      ref('kbs-civic-groups-summit'),
    ),
    fact(
      'On 15 August, 80 years after the war ended, Ishiba spoke of “remorse” at Japan’s memorial for its war dead. No prime minister had used the word there in 13 years.',
      ref('japan-news-ishiba-remorse'),
    ),
    fact(
      'Like his recent predecessors, he did not mention Japan’s wartime aggression or the harm done across Asia. The same day, Lee called Japan a partner.',
      ref('kyodo-ishiba-remorse'),
      ref('asiatoday-partner-reflection'),
    ),
    fact(
      'The report argues that with a harsher strategic environment and a shifting United States, the two allies of Washington gain from speaking with one voice.',
      report(1),
      report(3),
      report(8),
    ),
  ],
  angleQuotes: ['lee-promise-as-a-nation', 'ishiba-remorse'],
  turningPoints: [
    'colonial-rule',
    'basic-relations-treaty',
    'comfort-women-agreement',
    'forced-labour-rulings-2018',
    'export-controls-2019',
    'compensation-plan-2023',
    'yoon-in-tokyo-2023',
    'lee-takes-office',
  ],
} as const satisfies Story;
