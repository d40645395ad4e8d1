import { ref, report } from './cite';
import { day, range } from './dates';
import type { StoryEvent } from './types';

/** Every dated moment of the story. Order here does not matter: selectors sort by date. */
export const events = [
  {
    id: 'colonial-rule',
    date: range({ precision: 'year', year: 1910 }, { precision: 'year', year: 1945 }),
    era: 'history',
    title: 'Japan rules Korea as a colony',
    summary:
      'For 35 years Korea was a Japanese colony. Its legacy is what the report calls the “past grievances” that have strained dealings between Seoul and Tokyo.',
    significance:
      'It is why what each government says about the past is watched closely in the other country, and why a new president’s first words on Japan counted.',
    themes: ['diplomacy', 'people'],
    people: [],
    citations: [report(5), ref('colonial-rule-reference')],
  },
  {
    id: 'basic-relations-treaty',
    date: day('1965-06-22'),
    era: 'history',
    title: 'A treaty restores diplomatic ties',
    summary:
      'Japan and South Korea sign the Treaty on Basic Relations and normalise relations twenty years after colonial rule ended.',
    significance:
      'The Tokyo summit fell in the treaty’s 60th anniversary year, and the joint press announcement marked it.',
    themes: ['diplomacy'],
    people: [],
    citations: [ref('japanpitt-1965-treaty'), ref('korea-net-tokyo-summit')],
  },
  {
    id: 'kim-obuchi-declaration',
    date: day('1998-10-08'),
    era: 'history',
    title: 'Kim Dae-jung and Keizo Obuchi declare a new partnership',
    summary:
      'South Korea’s president and Japan’s prime minister sign a joint declaration on a new partnership for the 21st century.',
    significance:
      'In 2025 Ishiba’s government said it upholds the positions of earlier cabinets, this declaration among them.',
    themes: ['diplomacy'],
    people: [],
    citations: [ref('wikipedia-1998-declaration'), ref('korea-net-tokyo-summit')],
  },
  {
    id: 'camp-david-summit',
    date: day('2023-08-18'),
    era: 'road-to-tokyo',
    title: 'Camp David: a three-way pact with Washington',
    summary:
      'Joe Biden hosts Yoon Suk Yeol and Fumio Kishida for the first stand-alone summit of the three countries, which agree to work together more closely on security.',
    significance:
      'This is the trilateral agreement “established by their predecessors” that Lee and Ishiba built on in Tokyo.',
    themes: ['security', 'diplomacy'],
    people: ['joe-biden', 'yoon-suk-yeol', 'fumio-kishida'],
    citations: [report(2), ref('kocis-camp-david')],
  },
  {
    id: 'ishiba-takes-office',
    date: day('2024-10-01'),
    era: 'road-to-tokyo',
    title: 'Shigeru Ishiba becomes prime minister',
    summary: 'The LDP’s new leader takes office as Japan’s prime minister.',
    significance: 'He would host Lee less than a year later, with his own hold on power weakening.',
    themes: ['domestic-politics'],
    people: ['shigeru-ishiba'],
    citations: [ref('ishiba-takes-office'), ref('yomiuri-ishiba-named')],
  },
  {
    id: 'lower-house-2024',
    date: day('2024-10-27'),
    era: 'road-to-tokyo',
    title: 'Ishiba’s coalition loses the lower house',
    summary:
      'Four weeks after Ishiba takes office, his ruling coalition loses its majority in the House of Representatives election.',
    significance: 'From then on Ishiba governed without a majority of his own in the lower house.',
    themes: ['domestic-politics'],
    people: ['shigeru-ishiba'],
    citations: [ref('yomiuri-lower-house-2024')],
  },
  {
    id: 'yoon-martial-law',
    date: day('2024-12-03'),
    era: 'road-to-tokyo',
    title: 'Yoon declares martial law',
    summary:
      'President Yoon Suk Yeol declares emergency martial law. It is lifted about six hours later, but the move sets off a constitutional crisis.',
    significance: 'The crisis ended his presidency and opened the way for Lee.',
    themes: ['domestic-politics'],
    people: ['yoon-suk-yeol'],
    citations: [ref('npr-martial-law'), ref('devdiscourse-impeachment-push')],
  },
  {
    id: 'yoon-impeached',
    date: day('2024-12-14'),
    era: 'road-to-tokyo',
    title: 'The National Assembly impeaches Yoon',
    summary: 'Lawmakers vote 204 to 85 to impeach the president, suspending him from his duties.',
    significance:
      'The report calls it a “controversial impeachment”; the Constitutional Court upheld it unanimously four months later. The change of leader raised concerns in Tokyo about where relations would go.',
    themes: ['domestic-politics'],
    people: ['yoon-suk-yeol'],
    citations: [report(5), ref('devdiscourse-impeachment'), ref('kbs-yoon-ruling-unanimous')],
  },
  {
    id: 'yoon-removed',
    date: day('2025-04-04'),
    era: 'road-to-tokyo',
    title: 'The Constitutional Court removes Yoon',
    summary:
      'The court unanimously upholds the impeachment, and Yoon leaves office. The constitution requires a new election within 60 days.',
    significance:
      'It opened the 60-day window for the election Lee won; four days later the government set the vote for 3 June.',
    themes: ['domestic-politics'],
    people: ['yoon-suk-yeol'],
    citations: [
      ref('devdiscourse-yoon-ousted'),
      ref('kbs-yoon-ruling-unanimous'),
      ref('kbs-election-date-set'),
    ],
  },
  {
    id: 'lee-takes-office',
    date: day('2025-06-04'),
    era: 'road-to-tokyo',
    title: 'Lee Jae Myung is sworn in',
    summary: 'The winner of the 3 June snap election takes office as president the next day.',
    significance: 'The Tokyo trip came less than three months into his term.',
    themes: ['domestic-politics'],
    people: ['lee-jae-myung'],
    citations: [report(2), ref('lee-takes-office'), ref('global-times-lee-sworn-in')],
  },
  {
    id: 'first-phone-call',
    date: day('2025-06-09'),
    era: 'road-to-tokyo',
    title: 'First talk, by telephone',
    summary:
      'Five days after Lee takes office, he and Ishiba hold their first talk: a phone call of about 25 minutes, in which both stress cooperation with the United States.',
    significance: 'The two leaders were in touch within days of Lee’s start, before they ever met.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung', 'shigeru-ishiba'],
    citations: [ref('japan-news-first-call'), ref('joongang-first-call')],
  },
  {
    id: 'g7-kananaskis',
    date: day('2025-06-17'),
    era: 'road-to-tokyo',
    title: 'First meeting in person, at the G7 in Canada',
    summary:
      'Lee and Ishiba meet for the first time on the sidelines of the Group of Seven summit in Kananaskis, Canada, which South Korea attended as an invited guest.',
    significance:
      'The report counts it among the meetings where Lee spoke for closer ties with Japan.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung', 'shigeru-ishiba'],
    citations: [
      report(5),
      ref('kbs-g7-meeting'),
      ref('kbs-g7-kananaskis'),
      ref('hankyung-g7-guest'),
      ref('korea-herald-summit-preview'),
    ],
  },
  {
    id: 'upper-house-election',
    date: day('2025-07-20'),
    era: 'road-to-tokyo',
    title: 'Ishiba’s coalition loses the upper house',
    summary:
      'Japan’s ruling coalition falls short of a majority in the House of Councillors election.',
    significance:
      'After losing the lower house in October 2024, the coalition was now short of a majority in both houses: part of the “internal pressures” on Ishiba that the report mentions.',
    themes: ['domestic-politics'],
    people: ['shigeru-ishiba'],
    citations: [
      report(6),
      ref('yomiuri-upper-house-2025'),
      ref('menafn-upper-house'),
      ref('yomiuri-lower-house-2024'),
    ],
  },
  {
    id: 'us-tariff-deals',
    date: range({ precision: 'day', day: '2025-07-22' }, { precision: 'day', day: '2025-07-30' }),
    era: 'road-to-tokyo',
    title: 'Both countries strike tariff deals with Washington',
    summary:
      'Donald Trump announces a trade deal with Japan on 22 July, and one with South Korea on 30 July (Washington time), each setting US tariffs at 15 per cent.',
    significance: 'Both governments came to Tokyo with the same trade worries and similar deals.',
    themes: ['economy-trade'],
    people: ['donald-trump'],
    citations: [report(7), ref('japan-news-tariff-deal'), ref('joongang-lee-returns')],
  },
  {
    id: 'tokyo-summit',
    date: day('2025-08-23'),
    era: 'summit',
    title: 'The Tokyo summit',
    summary:
      'Ishiba hosts Lee for talks at the prime minister’s official residence. The two governments issue a joint press announcement on the results, their first joint document in 17 years, and the leaders compare notes on their tariff talks with Washington.',
    significance:
      'Lee’s first official engagement in Japan as president revived shuttle diplomacy and set out the commitments tracked in this explainer.',
    themes: ['diplomacy', 'security', 'economy-trade', 'people'],
    people: ['shigeru-ishiba', 'lee-jae-myung'],
    citations: [
      report(1),
      report(2),
      report(3),
      report(4),
      ref('korea-net-tokyo-summit'),
      ref('kbs-world-tokyo-summit'),
      ref('kbs-tokyo-joint-announcement'),
      ref('joongang-tokyo-trade-tips'),
    ],
  },
  {
    id: 'lee-leaves-tokyo',
    date: day('2025-08-24'),
    era: 'summit',
    title: 'Lee leaves Tokyo for Washington',
    summary: 'Lee wraps up his two-day visit to Japan and flies on to the United States.',
    significance: 'Tokyo first, Washington second: Japanese officials took the order as a gesture.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung'],
    citations: [report(6), ref('ians-lee-departs-tokyo'), ref('joongang-trip-itinerary')],
  },
  {
    id: 'white-house-summit',
    date: day('2025-08-25'),
    era: 'summit',
    title: 'Lee meets Trump at the White House',
    summary:
      'Lee holds his first summit with Donald Trump. They reaffirm three-way cooperation with Japan and go over the trade deal struck in July and shipbuilding. Trump says he wants to meet North Korea’s leader, Kim Jong Un, this year, and raises the idea of owning the land under US bases in South Korea.',
    significance:
      'Tokyo first, then Washington: Lee met the leaders of Japan and the United States within three days. Both Japan and South Korea depend on US forces in the region, about 80,000 troops by the report’s count.',
    themes: ['security', 'diplomacy', 'economy-trade'],
    people: ['lee-jae-myung', 'donald-trump'],
    citations: [
      report(7),
      report(8),
      ref('korea-net-white-house'),
      ref('joongang-white-house'),
      ref('yonhap-white-house-focus'),
      ref('joongang-lee-returns'),
    ],
  },
  {
    id: 'ishiba-resigns',
    date: day('2025-09-07'),
    era: 'what-came-next',
    title: 'Ishiba says he will step down',
    summary:
      'Two weeks after the summit, Ishiba announces that he will resign as LDP leader after the July upper-house defeat.',
    significance: 'The relationship he had just relaunched would pass to his successor.',
    themes: ['domestic-politics'],
    people: ['shigeru-ishiba'],
    citations: [ref('jiji-ishiba-resigns'), ref('joongang-busan-announced')],
  },
  {
    id: 'defence-ministers-seoul',
    date: day('2025-09-08'),
    era: 'what-came-next',
    title: 'Japan’s defence minister visits Seoul',
    summary:
      'Defence Minister Gen Nakatani makes the first visit to South Korea by a Japanese defence minister since 2015. He and Ahn Gyu-back agree on mutual visits, regular talks and more exchanges.',
    significance: 'The first step after the summit on the defence cooperation promised in Tokyo.',
    themes: ['security'],
    people: [],
    citations: [ref('jiji-defence-seoul'), ref('ohmynews-defence-seoul')],
  },
  {
    id: 'social-body-first-meeting',
    date: day('2025-09-29'),
    era: 'what-came-next',
    title: 'The joint body on shared social problems meets',
    summary:
      'Officials of the two governments hold the first meeting of the body agreed in Tokyo, at Japan’s foreign ministry. They cover low birth rates and ageing, regional decline, farming, disaster prevention and suicide prevention.',
    significance: 'A body promised at the summit met for the first time five weeks later.',
    themes: ['people', 'diplomacy'],
    people: [],
    citations: [ref('mofa-social-body-first-meeting'), ref('aju-social-body-first-meeting')],
  },
  {
    id: 'busan-summit',
    date: day('2025-09-30'),
    era: 'what-came-next',
    title: 'Ishiba returns the visit in Busan',
    summary:
      'Ishiba travels to Busan for a return summit, the first bilateral visit by a Japanese leader to a Korean city other than Seoul in 21 years. The talks focus on shared challenges and regional development.',
    significance: 'Shuttle diplomacy ran in both directions within six weeks.',
    themes: ['diplomacy', 'people'],
    people: ['shigeru-ishiba', 'lee-jae-myung'],
    citations: [ref('joongang-busan-summit'), ref('asiae-busan-statement')],
  },
  {
    id: 'takaichi-takes-office',
    date: day('2025-10-21'),
    era: 'what-came-next',
    title: 'Sanae Takaichi becomes prime minister',
    summary:
      'Ishiba’s cabinet resigns, and parliament elects Sanae Takaichi, the LDP’s new leader, as Japan’s first woman prime minister.',
    significance: 'The commitments made in Tokyo now depended on a new leader in Japan.',
    themes: ['domestic-politics'],
    people: ['sanae-takaichi', 'shigeru-ishiba'],
    citations: [ref('yomiuri-takaichi-elected'), ref('livedoor-ishiba-cabinet-resigns')],
  },
  {
    id: 'gyeongju-summit',
    date: day('2025-10-30'),
    era: 'what-came-next',
    title: 'Lee and Takaichi meet at APEC in Gyeongju',
    summary:
      'At their first summit, on the edge of the APEC meeting, Lee and Takaichi agree to keep up shuttle diplomacy.',
    significance: 'The main promise of the Tokyo summit outlasted the leader who made it.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung', 'sanae-takaichi'],
    citations: [ref('jiji-gyeongju-summit'), ref('kbs-gyeongju-summit')],
  },
  {
    id: 'rescue-drill-postponed',
    date: day('2025-11-17'),
    era: 'what-came-next',
    title: 'A joint rescue drill is put on hold',
    summary:
      'South Korea’s navy tells Japan it will not hold the joint search-and-rescue drill planned for November. Reports link it to Japan’s refusal to refuel South Korea’s Black Eagles display team after it flew near the islands Korea calls Dokdo and Japan calls Takeshima.',
    significance:
      'A setback for the defence cooperation promised in Tokyo, in a row linked to the islands.',
    themes: ['security'],
    people: [],
    citations: [ref('jiji-rescue-drill-off'), ref('sbs-rescue-drill-off')],
  },
  {
    id: 'g20-johannesburg',
    date: day('2025-11-23'),
    era: 'what-came-next',
    title: 'Lee and Takaichi meet briefly at the G20',
    summary:
      'On the edge of the G20 summit in Johannesburg, Lee and Takaichi hold a short, informal meeting. Lee says managing the relationship steadily is the job of politicians.',
    significance: 'The two leaders kept meeting wherever their calendars crossed.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung', 'sanae-takaichi'],
    citations: [ref('segye-g20-meeting'), ref('korea-herald-g20-meeting')],
  },
  {
    id: 'nara-summit',
    date: range({ precision: 'day', day: '2026-01-13' }, { precision: 'day', day: '2026-01-14' }),
    era: 'what-came-next',
    title: 'Lee visits Nara',
    summary:
      'Lee travels to Nara, Takaichi’s home prefecture, for a summit. They agree to keep up shuttle diplomacy, to work together on supply chains for critical materials, and on DNA testing of remains from the 1942 flood at the Chōsei coal mine. South Korea restates its wish to join the CPTPP trade pact; its ban on seafood from eight Japanese prefectures is left to officials.',
    significance:
      'Another turn of shuttle diplomacy, outside the capital, with a step on the past.',
    themes: ['diplomacy', 'economy-trade'],
    people: ['lee-jae-myung', 'sanae-takaichi'],
    citations: [
      ref('joongang-nara-visit'),
      ref('kantei-nara-remarks'),
      ref('yomiuri-nara-summit'),
      ref('yonhap-nara-cptpp'),
      ref('chosun-nara-summit'),
      ref('anews-nara-trade'),
    ],
  },
  {
    id: 'andong-proposal',
    date: day('2026-01-20'),
    era: 'what-came-next',
    title: 'Lee proposes his home town for the next summit',
    summary:
      'Lee tells a cabinet meeting he would like to hold the next summit with Japan in his home town, Andong.',
    significance: 'After Busan and Nara, shuttle diplomacy was moving between regional cities.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung'],
    citations: [ref('jiji-andong-remark'), ref('tbc-andong-remark')],
  },
  {
    id: 'defence-chiefs-yokosuka',
    date: day('2026-01-30'),
    era: 'what-came-next',
    title: 'Defence chiefs agree to visit each other every year',
    summary:
      'Meeting in Yokosuka, defence ministers Shinjiro Koizumi and Ahn Gyu-back agree on yearly visits and to hold a joint search-and-rescue drill, the first in about nine years.',
    significance:
      'After the setback of November, the defence cooperation promised in Tokyo moved forward again.',
    themes: ['security'],
    people: [],
    citations: [ref('jiji-defence-chiefs'), ref('kookbang-yokosuka')],
  },
  {
    id: 'japan-election-2026',
    date: day('2026-02-08'),
    era: 'what-came-next',
    title: 'Takaichi’s LDP wins a landslide',
    summary:
      'In a general election, Takaichi’s LDP wins 316 of the 465 seats in the lower house, the most in its history.',
    significance:
      'Japan’s side of the relationship now rested on a prime minister with a large majority, unlike Ishiba at the summit.',
    themes: ['domestic-politics'],
    people: ['sanae-takaichi'],
    citations: [ref('yomiuri-ldp-landslide'), ref('jiji-ldp-316')],
  },
  {
    id: 'march-first-speech',
    date: day('2026-03-01'),
    era: 'what-came-next',
    title: 'Lee pledges to keep up shuttle diplomacy',
    summary:
      'In his speech on the anniversary of the 1 March independence movement, Lee says he will keep up shuttle diplomacy with Japan and asks Tokyo to respond, so the two can build a “friendly new world”.',
    significance:
      'The latest event in our record: six months after Tokyo, Lee was still promising regular visits.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung'],
    citations: [ref('newspim-march-first'), ref('straits-times-march-first')],
  },
] as const satisfies readonly StoryEvent<string>[];

/** The id of an event: its address is /timeline/{id}. */
export type EventId = (typeof events)[number]['id'];
