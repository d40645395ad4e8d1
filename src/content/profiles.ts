import { fact, ref, report } from './cite';
import type { PrincipalId } from './people';
import type { Profile } from './types';

/** The full profiles of the two leaders who met in Tokyo, keyed by person id. */
export const profiles = {
  'shigeru-ishiba': {
    path: [
      fact('Born on 4 February 1957.', ref('simple-wikipedia-ishiba')),
      fact(
        'Became Japan’s defence minister in September 2007.',
        ref('mod-ishiba-defense-minister'),
      ),
      fact(
        'Became Japan’s farm minister (agriculture, forestry and fisheries) in September 2008.',
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
        'Says the security situation facing both countries is getting harder. So, he says, their partnership and their three-way work with the US matter more than before.',
        report(3),
      ),
      fact(
        'At the summit he said his government upholds, as a whole, earlier Japanese governments’ positions on history. These include the 1998 declaration in which Japan apologised for its colonial rule of Korea.',
        ref('korea-net-tokyo-summit'),
        ref('akahata-joint-release'),
        ref('kukmin-joint-release'),
        ref('japan-times-1998-declaration'),
      ),
    ],
    pressures: [
      fact(
        'His ruling coalition lost its majority in the lower house in the election of 27 October 2024. In the election of 20 July 2025 it lost its upper-house majority too.',
        ref('yomiuri-lower-house-2024'),
        ref('yomiuri-upper-house-2025'),
      ),
      fact(
        'Faced pressure inside his own party. The report says a successful meeting with Lee, and then talks with the US, could win him more support.',
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
        'Hosted Lee at the prime minister’s official residence. The two governments put out a joint press announcement, their first joint document in 17 years. It was issued by both rather than signed.',
        report(2),
        ref('korea-net-tokyo-summit'),
        ref('kbs-world-tokyo-summit'),
        ref('kbs-tokyo-joint-announcement'),
      ),
      fact(
        'Agreed to resume shuttle diplomacy and widen working-holiday exchanges. He also agreed to work more closely with Seoul on defence, economic security and artificial intelligence.',
        report(4),
        ref('korea-net-tokyo-summit'),
      ),
    ],
  },
  'lee-jae-myung': {
    path: [
      fact(
        'Mayor of the city of Seongnam from 2010 to 2018, then governor of Gyeonggi Province.',
        ref('korea-herald-lee-career'),
        ref('simple-wikipedia-lee'),
      ),
      fact(
        'Lost the 2022 presidential election narrowly to Yoon Suk Yeol.',
        ref('korea-herald-lee-career'),
      ),
      fact(
        'From August 2022 he led the Democratic Party, then the main party opposing Yoon’s government. He stepped down in April 2025 to run for president.',
        ref('simple-wikipedia-lee'),
        ref('joongang-lee-leaves-dp-post'),
      ),
      fact(
        'Won the snap election of 3 June 2025, held early because Yoon had been removed. He was sworn in the next day.',
        report(5),
        ref('lee-takes-office'),
        ref('global-times-lee-sworn-in'),
      ),
    ],
    stance: [
      fact(
        'The report says his rise raised concerns in Tokyo that relations would get worse, because of grievances over Japan’s colonial rule of Korea.',
        report(5),
      ),
      fact(
        'He has spoken for closer ties, including when he met Ishiba at the G7 summit in Canada in June 2025.',
        report(5),
      ),
      fact(
        'Before the summit he told a Japanese newspaper he would keep to past agreements with Japan on the “comfort women” and forced labour.',
        ref('jiji-lee-uphold-accords'),
        ref('japantoday-lee-keeps-pact'),
      ),
      fact(
        'The 2015 deal on the “comfort women” was very hard for Koreans to accept, he said. But it was a promise made by the nation, so overturning it was undesirable. He urged Japan to face the truth and keep talking to the victims.',
        ref('japantoday-lee-keeps-pact'),
        ref('kmib-lee-keep-agreements'),
      ),
      fact(
        'Japanese officials saw his choice to visit Tokyo before meeting Donald Trump as a gesture to strengthen ties.',
        report(6),
      ),
    ],
    pressures: [
      fact(
        'Took office after six months of political crisis, in which Yoon declared martial law, was impeached and was removed by the Constitutional Court.',
        report(5),
        ref('npr-martial-law'),
        ref('devdiscourse-yoon-ousted'),
      ),
      fact(
        'Two days after Tokyo he held his first summit with Trump. They reaffirmed three-way cooperation with Japan, and Trump said he wanted to meet North Korea’s leader.',
        report(8),
        ref('korea-net-white-house'),
        ref('joongang-white-house'),
      ),
    ],
    atSummit: [
      fact(
        'Agreed with Ishiba on a shared stand against North Korea’s nuclear weapons and missiles.',
        report(4),
        ref('perthnow-tokyo-summit'),
      ),
      fact(
        'Agreed to set up a new group of officials from both governments on problems both countries share, such as low birth rates.',
        ref('korea-net-tokyo-summit'),
        ref('kbs-world-tokyo-summit'),
      ),
    ],
  },
} as const satisfies Record<PrincipalId, Profile>;
