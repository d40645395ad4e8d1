import { ref } from './cite';
import type { OpenQuestion } from './types';

/** What the summit did not settle, and what to watch next, each assessed on a stated day. */
export const openQuestions = [
  {
    id: 'history-left-out',
    title: 'What the joint press announcement said, and left out, about the past',
    summary:
      'The joint press announcement records Ishiba saying his government upholds, as a whole, earlier cabinets’ positions on history. These include the 1998 declaration, with its apology for colonial rule. The Yomiuri stressed another line: ties build on the foundation laid since 1965, the year of the claims agreement. It says nothing about the 2015 “comfort women” agreement, the 2023 plan for forced-labour victims, or the victims themselves. Lee’s security adviser said history was discussed in broad terms; victims’ groups in South Korea said it was left out.',
    watchFor:
      'Whether a later joint document names the “comfort women” or forced labour. And whether Lee keeps his promise not to overturn the 2015 and 2023 arrangements, as victims’ groups press him. And whether Takaichi visits Yasukuni Shrine as prime minister. The shrine honours Japan’s war dead along with convicted war criminals, and neighbours see it as a symbol of past militarism. Days before taking office in October 2025, she sent an offering but stayed away. In February 2026 she said she was working to create “the environment” for a visit. She would first seek the understanding of Japan’s ally and its neighbours. Her goal, she said, was a setting in which “we can pay our respects to those who died for each other’s countries”.',
    assessed: '2026-11-28',
    related: [
      { kind: 'event', id: 'tokyo-summit' },
      { kind: 'event', id: 'kim-obuchi-declaration' },
      { kind: 'event', id: 'comfort-women-agreement' },
      { kind: 'event', id: 'compensation-plan-2023' },
    ],
    citations: [
      ref('akahata-joint-release'),
      ref('kukmin-joint-release'),
      ref('japan-news-summit-analysis'),
      ref('kbs-civic-groups-summit'),
      ref('fnnews-wi-after-summit'),
      ref('japantoday-lee-keeps-pact'),
      ref('japan-times-takaichi-yasukuni'),
      ref('yomiuri-takaichi-yasukuni-environment'),
      ref('ytn-takaichi-yasukuni-environment'),
      ref('jiji-takaichi-yasukuni-understanding'),
    ],
  },
  {
    id: 'dokdo-takeshima',
    title: 'The islands: Dokdo to South Korea, Takeshima to Japan',
    summary:
      'South Korea controls the islets and calls them Dokdo; Japan claims them as Takeshima and says South Korea occupies them illegally. South Korea says they are clearly its own, by history, geography and international law, and that no territorial dispute exists. In late 2025 Japan refused to refuel South Korea’s Black Eagles display team after it flew near the islets. South Korea’s navy then put off a joint search-and-rescue drill planned for November. In January 2026 the defence ministers agreed to hold the drill; in reports up to March 2026 we found none saying it has taken place. On 22 February 2026 Japan again sent a junior official to Shimane Prefecture’s “Takeshima Day”, and Seoul protested.',
    watchFor:
      'Whether the joint rescue drill finally takes place. And on 22 February, whom Japan sends to Takeshima Day and how Seoul answers.',
    assessed: '2026-11-28',
    related: [
      { kind: 'event', id: 'takeshima-day-2026' },
      { kind: 'event', id: 'rescue-drill-postponed' },
      { kind: 'event', id: 'defence-chiefs-yokosuka' },
      { kind: 'commitment', id: 'defence-cooperation' },
    ],
    citations: [
      ref('scmp-refuel-row'),
      ref('mofa-takeshima-position'),
      ref('mofa-korea-dokdo-position'),
      ref('sbs-rescue-drill-off'),
      ref('jiji-rescue-drill-off'),
      ref('jiji-defence-chiefs'),
      ref('yomiuri-takeshima-day-2026'),
      ref('reuters-takeshima-day-2026'),
    ],
  },
  {
    id: 'seafood-and-cptpp',
    title: 'Seafood from eight prefectures, and the Pacific trade pact',
    summary:
      'Since September 2013 South Korea has banned all seafood from eight Japanese prefectures, Fukushima among them. Seoul cites the 2011 nuclear accident and the later release of the plant’s water into the sea. Japan’s government calls it “treated water”; Korean reports say “contaminated water”. Japan asks Seoul to lift the ban; it was still in force in February 2026, the latest report we found. At the Nara summit in January 2026, Japan made its case on food safety and the issue was left to officials. South Korea also restated that it wants to join the Pacific trade pact known as the CPTPP. Meanwhile, South Korea’s imports of Japanese seafood as a whole rose 27.2% in 2025.',
    watchFor:
      'Whether Seoul eases the ban, and whether it formally applies to join the CPTPP. A June 2026 report that it had decided to apply could not be confirmed.',
    assessed: '2026-11-28',
    related: [
      { kind: 'event', id: 'nara-summit' },
      { kind: 'checklist-note', id: 'trade-and-tariffs' },
    ],
    citations: [
      ref('chosun-online-seafood'),
      ref('sbs-seafood-ban'),
      ref('yonhap-nara-cptpp'),
      ref('anews-nara-trade'),
      ref('chosun-nara-summit'),
    ],
  },
  {
    id: 'forced-labour-rulings',
    title: 'New forced-labour rulings',
    summary:
      'South Korea’s Supreme Court has kept ordering Japanese firms to pay damages to Koreans who, it found, were forced to work for them in wartime. Nippon Steel lost in December 2025, in the court’s first ruling on cases filed after 2018. Kumagai Gumi followed in January 2026 and Nishimatsu Construction in February. Japan says all such claims were settled “completely and finally” by the 1965 agreement. Under Seoul’s 2023 plan, a Korean foundation pays the people who sued instead of the firms. Lee has said he will keep to the past arrangements.',
    watchFor:
      'Whether the people who won the new cases are paid, and by whom: the Japanese firms or Seoul’s foundation. And how Tokyo answers each new ruling.',
    assessed: '2026-11-28',
    related: [
      { kind: 'event', id: 'forced-labour-rulings-2025' },
      { kind: 'event', id: 'forced-labour-rulings-2018' },
      { kind: 'event', id: 'compensation-plan-2023' },
    ],
    citations: [
      ref('joongang-nippon-steel-2025'),
      ref('kyodo-kumagai-gumi-ruling'),
      ref('joongang-kumagai-gumi-ruling'),
      ref('chosun-online-nishimatsu'),
      ref('mofa-abe-park-call-2015'),
      ref('yonhap-compensation-plan'),
      ref('jiji-lee-uphold-accords'),
    ],
  },
  {
    id: 'sado-memorial',
    title: 'Remembering the Sado mine workers',
    summary:
      'When the Sado mines became a UNESCO World Heritage site in July 2024, Japan promised a yearly memorial for all the workers, Koreans included. South Korea stayed away in 2024 and again on 13 September 2025, because Japan’s speech does not say the Koreans were forced to work. Japan’s representative said many workers “had come from the Korean Peninsula” and worked in harsh conditions. South Korea held its own ceremony on Sado on 21 November 2025.',
    watchFor:
      'Whether the two governments can agree on the words of Japan’s speech, so that the next memorial is held together.',
    assessed: '2026-11-28',
    related: [{ kind: 'event', id: 'sado-memorial-2025' }],
    citations: [
      ref('afp-sado-unesco'),
      ref('japan-news-sado-2025'),
      ref('korea-herald-sado-2025'),
      ref('yomiuri-korea-sado-own'),
      ref('news1-korea-sado-ceremony'),
    ],
  },
] as const satisfies readonly OpenQuestion<string>[];

export type OpenQuestionId = (typeof openQuestions)[number]['id'];
