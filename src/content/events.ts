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
      'From 1910 to 1945 Japan ruled Korea as a colony. Disputes from those years still strain ties between Seoul and Tokyo, above all over wartime forced labour and the “comfort women”.',
    significance:
      'It is why what each government says about the past is watched closely in the other country. It is also why a new president’s first words on Japan counted.',
    themes: ['diplomacy', 'people'],
    people: [],
    citations: [
      report(5),
      ref('colonial-rule-reference'),
      ref('korea-herald-nippon-steel-ruling'),
      ref('jcast-comfort-women-deal'),
    ],
  },
  {
    id: 'basic-relations-treaty',
    date: day('1965-06-22'),
    era: 'history',
    title: 'A treaty normalises diplomatic ties',
    summary:
      'Japan and South Korea sign the Treaty on Basic Relations, normalising diplomatic ties twenty years after colonial rule ended. The same day they sign an agreement on property and claims.',
    significance:
      'The Tokyo summit fell in the treaty’s 60th anniversary year, and the joint press announcement marked it.',
    themes: ['diplomacy'],
    people: [],
    citations: [
      ref('japanpitt-1965-treaty'),
      ref('claims-agreement-1965-text'),
      ref('korea-net-tokyo-summit'),
    ],
  },
  {
    id: 'kim-obuchi-declaration',
    date: day('1998-10-08'),
    era: 'history',
    title: 'Kim Dae-jung and Keizo Obuchi declare a new partnership',
    summary:
      'South Korea’s president and Japan’s prime minister sign a joint declaration on a new partnership for the 21st century. In it Obuchi offers remorse and a heartfelt apology for the suffering that colonial rule caused Koreans.',
    significance:
      'In 2025 Ishiba’s government said it upholds the positions of earlier cabinets, this declaration among them.',
    themes: ['diplomacy'],
    people: [],
    citations: [
      ref('wikipedia-1998-declaration'),
      ref('japan-times-1998-declaration'),
      ref('korea-net-tokyo-summit'),
    ],
  },
  {
    id: 'comfort-women-agreement',
    date: day('2015-12-28'),
    era: 'history',
    title: 'A deal on the “comfort women”',
    summary:
      'Japan’s foreign minister, Fumio Kishida, and South Korea’s, Yun Byung-se, announce a deal on the “comfort women”. These were women made to work in brothels for Japan’s wartime military. Japan says the military was involved and that it feels responsible, and Prime Minister Shinzo Abe offers an apology. Japan is to put ¥1 billion from its budget into a foundation that Seoul will set up for the survivors. Both sides say this settles the issue “finally and irreversibly”, but they read it differently. Tokyo stresses the finality, and holds that the 1965 claims agreement had already settled all claims. Seoul says the deal is final only if Japan keeps its promises. In Seoul the opposition leader, Moon Jae-in, attacks the deal at once.',
    significance:
      'This is the “comfort women” agreement Lee inherited. Days before the Tokyo summit, he said it was very hard for Koreans to accept. In the same sentence he called it a promise made by the nation, which should not be overturned.',
    themes: ['diplomacy', 'people'],
    people: ['fumio-kishida'],
    citations: [
      ref('mofa-abe-park-call-2015'),
      ref('jcast-comfort-women-deal'),
      ref('etnews-comfort-women-fund'),
      ref('korea-herald-moon-2015-deal'),
      ref('kmib-lee-keep-agreements'),
      ref('jiji-lee-uphold-accords'),
    ],
  },
  {
    id: 'comfort-women-deal-review',
    date: range({ precision: 'day', day: '2017-12-27' }, { precision: 'day', day: '2018-01-09' }),
    era: 'history',
    title: 'Seoul calls the deal flawed but does not scrap it',
    summary:
      'A task force of South Korea’s foreign ministry finds flaws in how the 2015 deal was made, including parts kept secret. President Moon Jae-in says the deal cannot settle the “comfort women” issue. Japan’s foreign minister, Taro Kono, says any attempt to change it is unacceptable and would make relations unmanageable. On 9 January Seoul says it will not ask Japan to renegotiate. Instead it will put up the same sum from its own budget, in place of Japan’s ¥1 billion.',
    significance:
      'Seoul neither scrapped the deal nor fully carried it out; a Korean newspaper said it would in effect go unimplemented. It still stood on paper, so Lee could later promise not to overturn it.',
    themes: ['diplomacy', 'people'],
    people: [],
    citations: [
      ref('jcast-task-force-report'),
      ref('yonhap-moon-deal-defective'),
      ref('reuters-kono-unacceptable'),
      ref('kmib-no-renegotiation'),
      ref('chosun-neither-scrap-nor-renegotiate'),
      ref('kmib-lee-keep-agreements'),
    ],
  },
  {
    id: 'forced-labour-rulings-2018',
    date: range({ precision: 'day', day: '2018-10-30' }, { precision: 'day', day: '2018-11-29' }),
    era: 'history',
    title: 'Korea’s top court rules on wartime forced labour',
    summary:
      'South Korea’s Supreme Court upholds an order that Nippon Steel pay 100 million won each to four Koreans. It finds they were made to work for the company in wartime. On 29 November it rules the same way against Mitsubishi Heavy Industries, in two cases. The court holds that the 1965 claims agreement did not end individuals’ right to damages for forced labour. Japan says that agreement settled all claims “completely and finally”. Its foreign minister calls the first ruling totally unacceptable, and Prime Minister Abe says it is impossible under international law.',
    significance:
      'The 2023 plan to pay the victims through a Korean foundation was built to settle these rulings. New cases kept coming after the Tokyo summit.',
    themes: ['diplomacy', 'people'],
    people: [],
    citations: [
      ref('korea-herald-nippon-steel-ruling'),
      ref('japan-times-nippon-steel-ruling'),
      ref('mofa-kono-press-2018'),
      ref('japan-times-mitsubishi-ruling'),
    ],
  },
  {
    id: 'healing-foundation-closed',
    date: day('2018-11-21'),
    era: 'history',
    title: 'Seoul closes the foundation set up under the deal',
    summary:
      'South Korea announces it will dissolve the Reconciliation and Healing Foundation, set up under the 2015 deal with Japan’s ¥1 billion. Seoul says the survivors must come first. Prime Minister Abe says relations between states cannot work if international promises are not kept. The foundation is formally closed in July 2019, without Japan’s agreement. Seoul still does not formally end the 2015 agreement.',
    significance:
      'Tokyo saw the foundation as the core of the deal, and a Korean paper said closing it in effect neutralised the agreement. Yet on paper the deal stood, and in 2025 Lee chose to keep it.',
    themes: ['diplomacy', 'people'],
    people: [],
    citations: [
      ref('hankyoreh-foundation-closing'),
      ref('kbs-foundation-dissolution'),
      ref('ntv-abe-foundation'),
      ref('nikkei-foundation-dissolved'),
      ref('tv-asahi-foundation-registered'),
      ref('jiji-lee-uphold-accords'),
    ],
  },
  {
    id: 'export-controls-2019',
    date: range({ precision: 'day', day: '2019-07-01' }, { precision: 'day', day: '2019-09-11' }),
    era: 'history',
    title: 'Japan tightens export controls; Seoul goes to the WTO',
    summary:
      'Japan announces that from 4 July each shipment to South Korea of three chemicals used to make chips and screens will need its own licence. On 2 August its cabinet drops South Korea from its “white list” of trusted trading partners, from 28 August. Tokyo calls these export controls a matter of security. Prime Minister Abe denies any link to history, but says a partner that breaks its promises cannot keep special treatment. President Moon calls them retaliation for the forced-labour rulings. On 11 September Seoul announces a complaint to the World Trade Organization (WTO). Korean shoppers boycott Japanese goods such as beer.',
    significance:
      'Seoul saw a history dispute spilling into trade; Tokyo said the two were separate. In 2023 Japan ended the need for a licence for each shipment of the three chemicals, and put South Korea back on its white list. In 2025 the two leaders pledged to work together on economic security.',
    themes: ['economy-trade', 'diplomacy'],
    people: [],
    citations: [
      report(4),
      ref('mynavi-export-controls'),
      ref('nikkei-abe-export-controls'),
      ref('kyodo-white-list-removal'),
      ref('kbs-white-list-effective'),
      ref('korea-herald-moon-trade-curbs'),
      ref('deccan-herald-wto-complaint'),
      ref('koreabizwire-boycott'),
      ref('sankei-export-controls-eased'),
      ref('kyodo-white-list-restored'),
    ],
  },
  {
    id: 'gsomia-crisis',
    date: range({ precision: 'day', day: '2019-08-22' }, { precision: 'day', day: '2019-11-22' }),
    era: 'history',
    title: 'Seoul moves to end an intelligence pact, then holds off',
    summary:
      'South Korea decides to end GSOMIA, its pact with Japan for sharing military intelligence. Seoul says Japan’s trade measures have changed the security relationship. Japan’s foreign minister calls this a complete misreading of regional security, since trade and security are separate matters. On 22 November, just before the pact would lapse, Seoul suspends its notice, keeping the right to end the pact at any time. It also pauses its WTO case while talks on export controls resume.',
    significance:
      'Seoul withdrew both notices on 21 March 2023, after Yoon said the two countries must face North Korea’s threats together. By 2025 both leaders stood on that shared stance against North Korea.',
    themes: ['security', 'diplomacy'],
    people: [],
    citations: [
      report(4),
      ref('yonhap-gsomia-scrap'),
      ref('nhk-kono-gsomia'),
      ref('yonhap-jp-gsomia-suspended'),
      ref('korea-herald-gsomia-normalised'),
      ref('asahi-gsomia-normalised'),
      ref('yonhap-jp-shuttle-2023'),
    ],
  },
  {
    id: 'compensation-plan-2023',
    date: day('2023-03-06'),
    era: 'road-to-tokyo',
    title: 'A Korean foundation is to pay the forced-labour damages',
    summary:
      'Yoon Suk Yeol’s government announces a plan for the 2018 forced-labour rulings. A Korean public foundation will pay the damages, instead of the Japanese firms. The money is to come from voluntary donations. Seoul expects Korean firms that gained from the 1965 treaty, such as the steelmaker POSCO, to give. The Japanese firms are not required to pay. Japan’s foreign minister welcomes the plan as a way back to healthy relations. Prime Minister Fumio Kishida says Japan upholds past cabinets’ positions on history. Victims and civic groups say the plan voids the court’s rulings, and one survivor says she will not take the money. Lee, then leading the opposition, calls it “the biggest humiliation and stain in diplomatic history”.',
    significance:
      'By mid-April, 10 of the 15 people who had sued, or their families, had accepted the money. As president, Lee kept the plan: days before the Tokyo summit he said such agreements should not be overturned.',
    themes: ['diplomacy', 'people'],
    people: ['yoon-suk-yeol', 'fumio-kishida', 'lee-jae-myung'],
    citations: [
      ref('yonhap-compensation-plan'),
      ref('joongang-compensation-plan'),
      ref('yonhap-posco-donation'),
      ref('nikkei-hayashi-welcomes-plan'),
      ref('japan-news-kishida-plan'),
      ref('korea-times-victims-reject-plan'),
      ref('yonhap-lee-humiliation'),
      ref('chosun-victims-accept'),
      ref('kmib-lee-keep-agreements'),
      ref('jiji-lee-uphold-accords'),
    ],
  },
  {
    id: 'yoon-in-tokyo-2023',
    date: day('2023-03-16'),
    era: 'road-to-tokyo',
    place: 'tokyo',
    title: 'Yoon visits Tokyo, and shuttle diplomacy restarts',
    summary:
      'Yoon Suk Yeol meets Fumio Kishida in Tokyo. It is the first time in about 12 years that a Korean president has visited Japan just for talks between the two countries. They agree to restart shuttle diplomacy. Kishida says Japan upholds past cabinets’ positions on history, including the 1998 declaration. The same day Japan says it will ease its 2019 export controls on the three chemicals, which it does from 23 March. Seoul drops its WTO complaint. In 2019 Seoul had also dropped Japan from its own white list; it puts Japan back in April. Japan puts South Korea back on its white list from 21 July.',
    significance:
      'The Tokyo summit of 2025 picked up the shuttle diplomacy restarted here. Five months later came the three-way summit at Camp David.',
    themes: ['diplomacy', 'economy-trade'],
    people: ['yoon-suk-yeol', 'fumio-kishida'],
    citations: [
      ref('kantei-yoon-kishida-2023'),
      ref('korea-net-yoon-tokyo-2023'),
      ref('yonhap-jp-shuttle-2023'),
      ref('sankei-export-controls-eased'),
      ref('korea-times-wto-withdrawn'),
      ref('japan-news-korea-white-list-2023'),
      ref('korea-herald-white-list-april-2023'),
      ref('kyodo-white-list-restored'),
      ref('kbs-world-white-list-restored'),
    ],
  },
  {
    id: 'camp-david-summit',
    date: day('2023-08-18'),
    era: 'road-to-tokyo',
    title: 'Camp David: a three-way pact with Washington',
    summary:
      'Joe Biden hosts Yoon Suk Yeol and Fumio Kishida for the first stand-alone summit of the three countries. They agree to work together more closely on security.',
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
      'Five days after Lee takes office, he and Ishiba hold their first talk, a phone call of about 25 minutes. Both stress cooperation with the United States.',
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
      'Lee and Ishiba meet for the first time, at the Group of Seven summit in Kananaskis, Canada. South Korea attended as an invited guest.',
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
      'The coalition had lost the lower house in October 2024. Now it was short of a majority in both houses. This was part of the “internal pressures” on Ishiba that the report mentions.',
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
      'Donald Trump announces a trade deal with Japan on 22 July, and one with South Korea on 30 July (Washington time). Each sets US tariffs at 15 per cent.',
    significance: 'Both governments came to Tokyo with the same trade worries and similar deals.',
    themes: ['economy-trade'],
    people: ['donald-trump'],
    citations: [report(7), ref('japan-news-tariff-deal'), ref('joongang-lee-returns')],
  },
  {
    id: 'tokyo-summit',
    date: day('2025-08-23'),
    era: 'summit',
    place: 'tokyo',
    title: 'The Tokyo summit',
    summary:
      'Ishiba hosts Lee for talks at the prime minister’s official residence. The two governments issue a joint press announcement on the results, their first joint document in 17 years. The leaders also compare notes on their tariff talks with Washington.',
    significance:
      'Lee’s first official engagement in Japan as president resumed shuttle diplomacy and set out the commitments tracked in this explainer.',
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
    place: 'tokyo',
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
    place: 'washington',
    title: 'Lee meets Trump at the White House',
    summary:
      'Lee holds his first summit with Donald Trump. They reaffirm three-way cooperation with Japan. They go over the July trade deal: a 15 per cent US tariff, for South Korea’s pledge to invest $350 billion in the US. Of that, $150 billion is set aside for shipbuilding, and Trump says the US will buy ships from South Korea. Lee asks Trump to be a “peacemaker” with North Korea, and Trump says he wants to meet its leader, Kim Jong Un, later in 2025. Trump also raises the idea of owning the land under US bases in South Korea. Seoul says the cost of US troops was not discussed, and nor was any cut in their number; higher Korean defence spending was. No joint document is issued: Lee’s spokesperson says the talks went well enough not to need one.',
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
      ref('seoul-shinmun-wi-briefing'),
      ref('nocut-white-house-briefing'),
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
    place: 'seoul',
    title: 'Japan’s defence minister visits Seoul',
    summary:
      'Defence Minister Gen Nakatani makes the first visit to South Korea by a Japanese defence minister since 2015. He and Ahn Gyu-back agree on mutual visits, regular talks and more exchanges.',
    significance: 'The first step after the summit on the defence cooperation promised in Tokyo.',
    themes: ['security'],
    people: [],
    citations: [ref('jiji-defence-seoul'), ref('ohmynews-defence-seoul')],
  },
  {
    id: 'sado-memorial-2025',
    date: range({ precision: 'day', day: '2025-09-13' }, { precision: 'day', day: '2025-11-21' }),
    era: 'what-came-next',
    place: 'sado',
    title: 'Two memorials for the Sado mine workers',
    summary:
      'A memorial is held on Sado island, Japan, for everyone who worked in its gold mines, including workers from the Korean Peninsula. For the second year running, South Korea’s government stays away. The two sides could not agree on the memorial address. Seoul wanted it to say the Korean workers were forced to work; Japan’s address did not. On 21 November Seoul holds its own memorial on Sado, with bereaved families.',
    significance:
      'Japan promised a yearly memorial in 2024, when Seoul agreed to the mines’ listing as a UNESCO World Heritage site. Weeks after the summit, how to describe wartime labour still divided the two governments.',
    themes: ['people', 'diplomacy'],
    people: [],
    citations: [
      ref('japan-news-sado-2025'),
      ref('yomiuri-korea-sado-own'),
      ref('livein-sado-separate'),
      ref('news1-korea-sado-ceremony'),
      ref('afp-sado-unesco'),
    ],
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
    place: 'busan',
    title: 'Ishiba returns the visit in Busan',
    summary:
      'Ishiba travels to Busan for a return summit. No Japanese leader had visited a Korean city other than Seoul just for talks between the two countries for 21 years. The talks focus on shared challenges and regional development.',
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
    place: 'gyeongju',
    title: 'Lee and Takaichi meet at APEC in Gyeongju',
    summary:
      'At their first summit, held during the APEC meeting, Lee and Takaichi agree to keep up shuttle diplomacy.',
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
      'South Korea’s navy tells Japan it will not hold the joint search-and-rescue drill planned for November. Reports link it to Japan’s refusal to refuel South Korea’s Black Eagles display team. The team had flown near the islands Korea calls Dokdo and Japan calls Takeshima.',
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
    id: 'forced-labour-rulings-2025',
    date: range({ precision: 'day', day: '2025-12-11' }, { precision: 'day', day: '2026-01-29' }),
    era: 'what-came-next',
    title: 'New forced-labour rulings against Japanese firms',
    summary:
      'South Korea’s Supreme Court upholds damages against Nippon Steel, its first ruling in the forced-labour cases filed after 2018. On 29 January it rules against Kumagai Gumi, and in February a ruling against Nishimatsu Construction is reported. Lawyers for the people who sued say about 50 similar cases are pending. After the first ruling, Japan’s foreign ministry says it breaches the 1965 claims agreement. It expects such rulings to be handled under Seoul’s 2023 plan, with the Korean foundation paying. The lawyers say the foundation is short of money and want Japanese firms or Tokyo to pay in.',
    significance:
      'The rulings test the 2023 plan that Lee chose to keep: Tokyo relies on it, while those who sued want Japanese money in it.',
    themes: ['diplomacy', 'people'],
    people: [],
    citations: [
      ref('joongang-nippon-steel-2025'),
      ref('bhrrc-nippon-steel-2025'),
      ref('kyodo-kumagai-gumi-ruling'),
      ref('joongang-kumagai-gumi-ruling'),
      ref('chosun-online-nishimatsu'),
      ref('jiji-lee-uphold-accords'),
    ],
  },
  {
    id: 'nara-summit',
    date: range({ precision: 'day', day: '2026-01-13' }, { precision: 'day', day: '2026-01-14' }),
    era: 'what-came-next',
    place: 'nara',
    title: 'Lee visits Nara',
    summary:
      'Lee travels to Nara, Takaichi’s home prefecture, for a summit. They agree to keep up shuttle diplomacy and to work together on supply chains for critical materials. They also agree on DNA tests of remains from the Chōsei undersea coal mine. Its flooding in 1942 killed 183 people, 136 of them Korean. Lee’s security adviser says it was the first issue Takaichi raised in their talks. South Korea restates its wish to join the CPTPP trade pact; its ban on seafood from eight Japanese prefectures is left to officials.',
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
      ref('joongang-chosei-nara'),
      ref('japan-times-chosei-survey'),
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
    place: 'yokosuka',
    title: 'Defence chiefs agree to visit each other every year',
    summary:
      'Meeting in Yokosuka, defence ministers Shinjiro Koizumi and Ahn Gyu-back agree to visit each other every year. They also agree to hold a joint search-and-rescue drill, the first in about nine years.',
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
    id: 'takeshima-day-2026',
    date: day('2026-02-22'),
    era: 'what-came-next',
    title: 'Takeshima Day, and Seoul’s protest over Dokdo',
    summary:
      'Shimane prefecture holds its yearly Takeshima Day for the islets that Korea calls Dokdo and Japan calls Takeshima. South Korea controls them and keeps a small police unit there. Japan says they are Japanese territory that Korea occupies illegally; Korea says they are clearly its own. Tokyo sends a junior minister, for the 14th year running, not the cabinet minister Takaichi had once called for. Seoul demands that the event be scrapped and summons a senior Japanese diplomat.',
    significance:
      'The islands are a dispute no summit has settled. A senior Japanese official said the junior envoy showed regard for good relations with Seoul.',
    themes: ['diplomacy'],
    people: ['sanae-takaichi'],
    citations: [
      ref('yomiuri-takeshima-day-2026'),
      ref('mofa-takeshima-position'),
      ref('donga-takeshima-protest-2026'),
      ref('joongang-dokdo-protest-2026'),
      ref('reuters-takeshima-day-2026'),
    ],
  },
  {
    id: 'march-first-speech',
    date: day('2026-03-01'),
    era: 'what-came-next',
    title: 'Lee pledges to keep up shuttle diplomacy',
    summary:
      'In his speech on the anniversary of the 1 March independence movement, Lee says he will keep up shuttle diplomacy with Japan. He asks Tokyo to respond, so the two can build a “friendly new world”.',
    significance:
      'The latest event in our record: six months after Tokyo, Lee was still promising regular visits.',
    themes: ['diplomacy'],
    people: ['lee-jae-myung'],
    citations: [ref('newspim-march-first'), ref('straits-times-march-first')],
  },
] as const satisfies readonly StoryEvent<string>[];

/** The id of an event: its address is /timeline/{id}. */
export type EventId = (typeof events)[number]['id'];
