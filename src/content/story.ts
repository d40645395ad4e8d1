import { fact, ref, report } from './cite';
import type { Story } from './types';

/** The story in a minute: what the home page says. */
export const story = {
  headline: 'Tokyo first: why Lee Jae Myung’s visit to Ishiba mattered',
  dek: 'On 23 August 2025 South Korea’s new president met Japan’s prime minister before he met Donald Trump. Two neighbours with a painful past agreed to talk more often and work together on security, technology and the problems their societies share.',
  takeaways: [
    fact(
      'Lee went to Tokyo before Washington, and Japanese officials took the order of the visits as a gesture of goodwill.',
      report(6),
    ),
    fact(
      'The leaders issued the first joint statement between the two countries in 17 years, in the 60th anniversary year of normalised ties.',
      ref('korea-net-tokyo-summit'),
      ref('chosun-tokyo-summit'),
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
      'Ishiba, under pressure at home, announced his resignation two weeks later; his successor kept the shuttle visits going.',
      ref('jiji-ishiba-resigns'),
      ref('jiji-gyeongju-summit'),
    ),
  ],
  whyItMatters: [
    fact(
      'Tokyo had feared that Lee, who rose after Yoon Suk Yeol’s impeachment, would let old grievances over the colonial past cool relations. He chose to reach out instead.',
      report(5),
    ),
    fact(
      'With a harsher strategic environment and a shifting United States, the two allies of Washington gain from speaking with one voice.',
      report(1),
      report(3),
      report(8),
    ),
  ],
  lastChecked: '2026-11-27',
} as const satisfies Story;
