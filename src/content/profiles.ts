import { fact, ref, report } from './cite';
import type { PrincipalId } from './people';
import type { Profile } from './types';

/** The full profiles of the two leaders who met in Tokyo, keyed by person id. */
export const profiles = {
  'shigeru-ishiba': {
    path: [
      fact('Born on 4 February 1957.', ref('simple-wikipedia-ishiba')),
      fact('Appointed Minister of Defense in September 2007.', ref('mod-ishiba-defense-minister')),
      fact(
        'Became Minister of Agriculture, Forestry and Fisheries in September 2008.',
        ref('japan-times-aso-cabinet'),
      ),
      fact(
        'Became prime minister on 1 October 2024, as leader of the LDP.',
        ref('ishiba-takes-office'),
        ref('yomiuri-ishiba-named'),
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
        'His ruling coalition lost its majority in the lower house in the election of 27 October 2024, then in the upper house in the election of 20 July 2025.',
        ref('yomiuri-lower-house-2024'),
        ref('yomiuri-upper-house-2025'),
      ),
      fact(
        'Faced pressure inside his own party; a good meeting with Lee, and then with Washington, could win him support.',
        report(6),
      ),
      fact(
        'On 7 September 2025, two weeks after the summit, he announced he would resign as LDP leader. He left office on 21 October 2025, when Sanae Takaichi became prime minister.',
        ref('jiji-ishiba-resigns'),
        ref('livedoor-ishiba-cabinet-resigns'),
        ref('yomiuri-takaichi-elected'),
      ),
    ],
    atSummit: [
      fact(
        'Hosted Lee at the prime minister’s residence. The two governments announced a joint document on the results, the first of its kind in 17 years: a joint press announcement, not a signed treaty.',
        report(2),
        ref('korea-net-tokyo-summit'),
        ref('kbs-world-tokyo-summit'),
        ref('kbs-tokyo-joint-announcement'),
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
        'Mayor of Seongnam from 2010 to 2018, then governor of Gyeonggi Province.',
        ref('korea-herald-lee-career'),
        ref('simple-wikipedia-lee'),
      ),
      fact(
        'Lost the 2022 presidential election narrowly to Yoon Suk Yeol.',
        ref('korea-herald-lee-career'),
      ),
      fact(
        'Led the Democratic Party, then the main opposition, from August 2022 to April 2025, when he stepped down to run for president.',
        ref('simple-wikipedia-lee'),
        ref('joongang-lee-leaves-dp-post'),
      ),
      fact(
        'Won the snap election of 3 June 2025, called after Yoon’s removal, and was sworn in on 4 June.',
        report(5),
        ref('lee-takes-office'),
        ref('global-times-lee-sworn-in'),
      ),
    ],
    stance: [
      fact(
        'His rise raised concerns in Tokyo about a downturn in relations, given grievances over Japan’s colonial past.',
        report(5),
      ),
      fact(
        'He has spoken for closer ties, including when he met Ishiba at the G7 summit in Canada in June 2025.',
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
        ref('devdiscourse-yoon-ousted'),
      ),
      fact(
        'Went on to his first summit with Trump, where he was expected to take up security questions involving China and North Korea.',
        report(8),
      ),
    ],
    atSummit: [
      fact(
        'Agreed with Ishiba on one stance against North Korea’s nuclear and missile programmes.',
        report(4),
        ref('perthnow-tokyo-summit'),
      ),
      fact(
        'Agreed to set up a new intergovernmental body on problems both societies share, from low birth rates to ageing.',
        ref('korea-net-tokyo-summit'),
        ref('kbs-world-tokyo-summit'),
      ),
    ],
  },
} as const satisfies Record<PrincipalId, Profile>;
