import { fact, ref, report } from './cite';
import type { Story } from './types';

/** The story in a minute: what the home page says. */
export const story = {
  headline: 'Tokyo first: why Lee Jae Myung’s visit to Ishiba mattered',
  dek: 'On 23 August 2025 South Korea’s new president, Lee Jae Myung, met Japan’s prime minister, Shigeru Ishiba, in Tokyo, before he met Donald Trump in Washington. They agreed to visit each other more often and to work together on security, technology and problems both societies share.',
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
      'Ishiba, under pressure at home, announced his resignation two weeks later and left office in October 2025; his successor, Sanae Takaichi, kept the visits going.',
      ref('jiji-ishiba-resigns'),
      ref('yomiuri-takaichi-elected'),
      ref('jiji-gyeongju-summit'),
      ref('kantei-nara-remarks'),
    ),
  ],
  whyItMatters: [
    fact(
      'Lee came to power after Yoon Suk Yeol’s impeachment, and his rise raised concerns in Tokyo about a downturn in relations, given grievances over Japan’s colonial past. He spoke for closer ties instead.',
      report(5),
    ),
    fact(
      'With a harsher strategic environment and a shifting United States, the two allies of Washington gain from speaking with one voice.',
      report(1),
      report(3),
      report(8),
    ),
  ],
} as const satisfies Story;
