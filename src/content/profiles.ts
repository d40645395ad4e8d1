import { fact, ref, report } from './cite';
import type { Profile } from './types';

/** The full profiles of the two leaders who met in Tokyo, keyed by person id. */
export const profiles: Record<string, Profile> = {
  'shigeru-ishiba': {
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
  'lee-jae-myung': {
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
};
