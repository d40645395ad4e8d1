import type { ReferenceId } from './references';
import type { Reference } from './types';

/**
 * The title and address of each reference. They are shown only on the sources page and the
 * handout, so they live apart from the rest of the reference and load only there.
 */
export const referenceDetails = {
  'korea-net-tokyo-summit': {
    title: '[Report on the joint statement of the Lee–Ishiba summit, by Park Hye Ri]',
    url: 'https://www.korea.net/NewsFocus/policies/view?articleId=277663',
  },
  'korea-herald-summit-preview': {
    title: 'South Korean President Lee, Japan PM Ishiba to hold summit on August 23',
    url: 'https://asianews.network/south-korean-president-lee-japan-pm-ishiba-to-hold-summit-on-august-23',
  },
  'joongang-busan-announced': {
    title: 'President to hold summit with Japanese Prime Minister Shigeru Ishiba in Busan',
    url: 'https://koreajoongangdaily.joins.com/news/2025-09-26/national/diplomacy/President-to-hold-summit-with-Japanese-Prime-Minister-Shigeru-Ishiba-in-Busan/2409342',
  },
  'joongang-busan-summit': {
    title: 'Lee, Ishiba focus on shared challenges, regional development in Busan summit',
    url: 'https://koreajoongangdaily.joins.com/news/2025-09-30/national/diplomacy/Lee-Ishiba-focus-on-shared-challenges-regional-development-in-Busan-summit/2411922',
  },
  'joongang-nara-visit': {
    title: 'President Lee arrives in Japan for summit with Takaichi',
    url: 'https://koreajoongangdaily.joins.com/news/2026-01-13/national/diplomacy/President-Lee-arrives-in-Japan-to-meet-Takaichi-in-his-first-visit-since-taking-office-/2499123',
  },
  'mod-ishiba-defense-minister': {
    title: 'Defense Minister’s Remarks',
    url: 'http://www.mod.go.jp/e/about/remarks/2007/press20070926.html',
  },
  'simple-wikipedia-ishiba': {
    title: 'Shigeru Ishiba',
    url: 'https://simple.m.wikipedia.org/wiki/Shigeru_Ishiba',
  },
  'menafn-upper-house': {
    title: 'Japan’s ruling coalition loses hold on majority in upper house of parliament',
    url: 'https://menafn.com/1109825153/Japans-ruling-coalition-loses-hold-on-majority-in-upper-house-of-parliament',
  },
  'korea-herald-lee-career': {
    title: 'Two ex-presidential candidates victorious in National Assembly bid',
    url: 'https://koreaherald.com/view.php?mp=18&np=176&ud=20220601000340',
  },
  'wikipedia-1998-declaration': {
    title: 'Japan–South Korea Joint Declaration of 1998',
    url: 'https://en.wikipedia.org/wiki/Japan%E2%80%93South_Korea_Joint_Declaration_of_1998',
  },
  'kbs-g7-meeting': {
    title: 'Lee, Ishiba Hold First Summit on Sidelines of G7 in Canada',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=193870',
  },
  'japan-news-tariff-deal': {
    title: 'Trump Announces Trade Deal with Japan, Including 15% Tariff',
    url: 'https://japannews.yomiuri.co.jp/news-services/reuters/20250723-271114/',
  },
  'joongang-lee-returns': {
    title: 'Lee Jae Myung returns from Japan, U.S. visit',
    url: 'https://koreajoongangdaily.joins.com/news/2025-08-28/national/politics/Lee-Jae-Myung-returns-from-Japan-US-visit/2385836',
  },
  'joongang-trip-itinerary': {
    title: 'President Lee to depart Saturday morning for six-day trip to Japan, U.S.',
    url: 'https://koreajoongangdaily.joins.com/news/2025-08-21/national/diplomacy/President-Lee-to-depart-Saturday-morning-for-sixday-trip-to-Japan-US-/2380835',
  },
  'ians-lee-departs-tokyo': {
    title:
      'South Korean Prez Lee set to wrap up visit to Japan, depart for high-stakes summit with Trump',
    url: 'https://www.lokmattimes.com/international/south-korean-prez-lee-set-to-wrap-up-visit-to-japan-depart-for-high-stakes-summit-with-trump/',
  },
  'jiji-ishiba-resigns': {
    title: 'PM Ishiba to Resign after July Election Defeat',
    url: 'https://www.nippon.com/en/news/yjj2025090700235/pm-ishiba-to-resign-after-july-election-defeat.html',
  },
  'kocis-camp-david': {
    title: 'Camp David summit reshapes Korea-U.S.-Japan ties',
    url: 'http://www.mcst.go.kr/english/policy/kocis/newsView.jsp?pSeq=177',
  },
  'npr-martial-law': {
    title: 'South Korea’s president declares martial law',
    url: 'https://www.kpbs.org/news/international/2024/12/03/south-koreas-president-declares-martial-law',
  },
  'devdiscourse-impeachment': {
    title: 'South Korea’s Political Turmoil: President Yoon Impeached',
    url: 'https://www.devdiscourse.com/article/politics/3193954-south-koreas-political-turmoil-president-yoon-impeached',
  },
  'jiji-gyeongju-summit': {
    title: 'Takaichi, Lee agree to promote future-oriented Japan-S. Korea ties',
    url: 'https://www.nippon.com/en/news/yjj2025103000157/takaichi-lee-agree-to-promote-future-oriented-japan-s-korea-ties.html',
  },
  'kbs-gyeongju-summit': {
    title: 'Lee, Takaichi Share Vision for Future-Oriented Partnership',
    url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=197047',
  },
  'kantei-nara-remarks': {
    title:
      'Prime Minister Takaichi’s Remarks at the Joint Press Occasion with President Lee of the Republic of Korea',
    url: 'https://japan.kantei.go.jp/104/statement/202601/13kyoudou_happyou.html',
  },
  'korea-net-white-house': {
    title: '[Report on the first Lee–Trump summit, by Yoon Sojung]',
    url: 'https://www.korea.net/NewsFocus/policies/view?articleId=277794',
  },
  'ishiba-takes-office': {
    title: 'Shigeru Ishiba elected Japan’s new premier',
    url: 'https://www.trtworld.com/article/18214602',
  },
  'lee-takes-office': {
    title: '[Report on Lee Jae-myung’s swearing-in as president]',
    url: 'https://english.news.cn/20250604/454452689dd74d0eab563c91d055f0a7/c.html',
  },
  'colonial-rule-reference': {
    title: 'Korea under Japanese rule',
    url: 'https://japanpitt.pitt.edu/glossary/korea-under-japanese-rule',
  },
  'japanpitt-1965-treaty': {
    title: 'Korea-Japan Treaty of 1965',
    url: 'https://japanpitt.pitt.edu/glossary/korea-japan-treaty-1965',
  },
  'jiji-working-holiday': {
    title: 'Japan, South Korea to Expand Working Holiday Program',
    url: 'https://www.nippon.com/en/news/yjj2025082100779/japan-south-korea-to-expand-working-holiday-program.html',
  },
  'jiji-defence-chiefs': {
    title: 'Japan, S. Korea Defense Chiefs Agree on Mutual Visits',
    url: 'https://www.nippon.com/en/news/yjj2026013000865/japan-s-korea-defense-chiefs-agree-on-mutual-visits.html',
  },
  'chosun-nara-summit': {
    title: '[Report on supply-chain and trade talks at the Nara summit]',
    url: 'https://biz.chosun.com/en/en-policy/2026/01/14/JJBSYVKMJZGFXBIBHTMVNFLW5E/',
  },
  'anews-nara-trade': {
    title: 'South Korea, Japan talk trade pact and seafood ban',
    url: 'https://www.anews.com.tr/asia/2026/01/14/south-korea-japan-talk-trade-pact-and-seafood-ban',
  },
  'kbs-busan-ai-hydrogen': {
    title: '[Report on the Busan summit: shuttle diplomacy, AI and hydrogen]',
    url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=196399',
  },
  'kbs-busan-north-korea': {
    title: '[Report on the Busan summit: North Korea and trade]',
    url: 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=196402&lang=e',
  },
  'asiae-busan-statement': {
    title: 'President Lee and Prime Minister Ishiba Adopt Joint Statement',
    url: 'https://cm.asiae.co.kr/en/article/2025093017430245882',
  },
  'kbs-busan-social-body': {
    title: '[Report on the Busan joint statement on the common social issues body]',
    url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=196401&lang=e',
  },
  'joongang-tokyo-trade-tips': {
    title: 'Lee, Ishiba discuss common challenges, swap Trump trade talk tips in summit talks',
    url: 'https://koreajoongangdaily.joins.com/news/2025-08-24/national/diplomacy/Lee-Ishiba-discuss-common-challenges-swap-Trump-trade-talk-tips-in-summit-talks/2382529',
  },
  'kbs-world-tokyo-summit': {
    title: '[Report on the Lee–Ishiba summit in Tokyo and its joint document]',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=195485',
  },
  'kbs-tokyo-joint-announcement': {
    title: '한일 정상, 17년 만에 공동발표문 채택…“미래지향적 한일 협력”',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8338113',
  },
  'yomiuri-ishiba-named': {
    title: 'Shigeru Ishiba Named as Japan Prime Minister; Kishida Cabinet Resigns',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20241001-214334/',
  },
  'yomiuri-takaichi-elected': {
    title: '[Report on Sanae Takaichi’s election as prime minister]',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20251021-287719/',
  },
  'livedoor-ishiba-cabinet-resigns': {
    title: '[Report on the Ishiba cabinet’s resignation]',
    url: 'https://news.livedoor.com/topics/detail/29820882/',
  },
  'bbc-kishida-takes-office': {
    title: 'Fumio Kishida: Japan’s new prime minister takes office',
    url: 'https://www.bbc.co.uk/news/world-asia-58784635',
  },
  'japan-times-yoon-inauguration': {
    title: '[Commentary on South Korea’s new president, Yoon Suk-yeol]',
    url: 'https://www.japantimes.co.jp/opinion/2022/05/18/commentary/world-commentary/south-korea-president-prosecution/',
  },
  'devdiscourse-yoon-ousted': {
    title: 'South Korean President Ousted Amid Political Crisis',
    url: 'https://www.devdiscourse.com/article/politics/3333714-south-korean-president-ousted-amid-political-crisis',
  },
  'kbs-yoon-ruling-unanimous': {
    title: '[KBS News 9 report on the Constitutional Court’s ruling]',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8219505',
  },
  'kbs-election-date-set': {
    title: '[Report on the government setting 3 June as election day]',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=192197',
  },
  'whas-biden-sworn-in': {
    title: 'Joe Biden Is Sworn In as President of the United States',
    url: 'https://www.whas11.com/article/entertainment/entertainment-tonight/joe-biden-is-sworn-in-as-president-of-the-united-states/603-6697fd4f-2655-4cd1-ae96-8e7e8f98ef20',
  },
  'newser-trump-sworn-in': {
    title: 'Donald Trump Sworn In as 47th President',
    url: 'https://www.newser.com/story/362820/donald-trump-sworn-in-as-47th-president.html',
  },
  'yomiuri-lower-house-2024': {
    title: '[Report on the ruling coalition losing its lower-house majority]',
    url: 'https://japannews.yomiuri.co.jp/politics/election/20241028-219224/',
  },
  'yomiuri-upper-house-2025': {
    title:
      'Upper House Election: Japan’s LDP, Komeito Fails to Reach 50 Seats; Losing Majority in House of Councillors',
    url: 'https://japannews.yomiuri.co.jp/politics/election/20250721-270677/',
  },
  'japan-news-first-call': {
    title:
      'Japan Prime Minister Speaks With New South Korean Leader; Phone Call Represents First Talks Since Lee’s Election',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20250609-261565/',
  },
  'joongang-first-call': {
    title: 'Lee, Ishiba stress trilateral cooperation with the U.S. in first phone call',
    url: 'https://koreajoongangdaily.joins.com/news/2025-06-09/national/diplomacy/Lee-Ishiba-stress-trilateral-cooperation-with-the-US-in-first-phone-call/2325951',
  },
  'kbs-g7-kananaskis': {
    title: '[Report on the Lee–Ishiba talks in Kananaskis]',
    url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=193873&lang=e',
  },
  'hankyung-g7-guest': {
    title: '李, 이시바와 회담…“한·일 앞마당 같이 쓰는 이웃”',
    url: 'https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=2025061842571',
  },
  'joongang-white-house': {
    title:
      'In first summit with South Korea’s Lee, Trump signals he wants to meet North Korean leader Kim this year',
    url: 'https://koreajoongangdaily.joins.com/news/2025-08-26/national/diplomacy/USsummitsarah/2383829',
  },
  'yonhap-white-house-focus': {
    title:
      '(News Focus) Lee, Trump align on shipbuilding cooperation, N. Korea dialogue, but thorny issues remain',
    url: 'https://m.korean-vibe.com/news/newsview.php?ncode=179565586954908',
  },
  'jiji-defence-seoul': {
    title: 'Japan, S. Korea Defense Ministers Agree to Boost Communication',
    url: 'https://www.nippon.com/en/news/yjj2025090800754/japan-s-korea-defense-ministers-agree-to-boost-communication.html',
  },
  'ohmynews-defence-seoul': {
    title: '[Report on the Korea–Japan defence ministers’ talks in Seoul]',
    url: 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003163814',
  },
  'mofa-social-body-first-meeting': {
    title: '日韓共通の社会課題への対応に係る当局間協議(第一回全体会合)(結果)',
    url: 'https://www.mofa.go.jp/mofaj/press/release/pressit_000001_02782.html',
  },
  'aju-social-body-first-meeting': {
    title: '한일 공통 사회문제 협의체 첫 회의…국토균형성장·방재 등 공동 대응',
    url: 'https://www4.ajunews.com/view/20250930193932632',
  },
  'japantoday-working-holiday': {
    title: 'Japan, S. Korea agree to expand working holiday program at summit',
    url: 'https://japantoday.com/category/national/japan-s.-korea-agree-to-expand-working-holiday-program-at-summit',
  },
  'kyodo-working-holiday-october': {
    title: '[Report that the second working-holiday visa would start from October]',
    url: 'https://www.gifu-np.co.jp/articles/-/586524',
  },
  'jiji-rescue-drill-off': {
    title: '[Report that the Japan–South Korea search-and-rescue drill is unlikely this month]',
    url: 'https://www.nippon.com/en/news/yjj2025111800896/japan-s-korea-defense-drill-unlikely-to-take-place-this-month.html',
  },
  'sbs-rescue-drill-off': {
    title: '[Report on the Korean Navy putting the joint drill on hold]',
    url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008333502',
  },
  'segye-g20-meeting': {
    title: '[Report on Lee’s meetings with Takaichi and Li Qiang at the G20]',
    url: 'https://www.segye.com/newsView/20251124500214',
  },
  'korea-herald-g20-meeting': {
    title: '[Report on Lee’s meetings at the G20 in Johannesburg]',
    url: 'https://www.koreaherald.com/article/10622369',
  },
  'sbs-seafood-ban': {
    title: '“일본 농림수산상, 한국 외교장관에 일 수산물 수입규제 철폐 요구”',
    url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008213327',
  },
  'yonhap-nara-cptpp': {
    title: '(LEAD) S. Korea reaffirms bid to join trans-Pacific trade pact at Lee-Takaichi summit',
    url: 'https://m.korean-vibe.com/news/newsview.php?ncode=179561244881278',
  },
  'jiji-andong-remark': {
    title: 'Next Japan-S. Korea Summit May Be Held in Lee’s Hometown',
    url: "https://www.nippon.com/en/news/yjj2026012000905/next-japan-s-korea-summit-may-be-held-in-lee's-hometown.html",
  },
  'tbc-andong-remark': {
    title: '이재명 대통령, 다음 한일 정상회담 고향인 안동에서',
    url: 'https://www.tbc.co.kr/news/view?id=202671&pno=20260120112604AE04992',
  },
  'kookbang-yokosuka': {
    title: '한·일 연합 수색구조훈련 9년 만에 재개',
    url: 'https://kookbang.dema.mil.kr/newsWeb/m/20260202/12/ATCE_CTGR_0010010000/view.do',
  },
  'yomiuri-ldp-landslide': {
    title: 'LDP Wins Historic Landslide Victory',
    url: 'https://japannews.yomiuri.co.jp/politics/election/20260209-310054/',
  },
  'jiji-ldp-316': {
    title: 'LDP Sweeps Single-Seat Constituencies in 31 Prefectures',
    url: 'https://www.nippon.com/en/news/yjj2026020900271/ldp-sweeps-single-seat-constituencies-in-31-prefectures.html',
  },
  'newspim-march-first': {
    title: '[Report on Lee’s 1 March speech]',
    url: 'https://www.newspim.com/news/view/20260301000062',
  },
  'straits-times-march-first': {
    title: 'S Korea’s Lee hopes to improve ties with Japan for ‘friendly new world’',
    url: 'https://www.straitstimes.com/asia/east-asia/s-koreas-lee-hopes-to-improve-ties-with-japan-for-friendly-new-world',
  },
  'dw-takaichi-trump': {
    title: 'Takaichi akutana na Trump chini ya shinikizo kuhusiana na Hormuz',
    url: 'https://www.dw.com/sw/takaichi-akutana-na-trump-chini-ya-shinikizo-kuhusiana-na-hormuz/a-76422764',
  },
  'simple-wikipedia-lee': {
    title: 'Lee Jae-myung',
    url: 'https://simple.wikipedia.org/wiki/Lee_Jae-myung',
  },
  'joongang-lee-leaves-dp-post': {
    title: 'DP chief Lee Jae-myung resigns from party leadership ahead of presidential run',
    url: 'https://koreajoongangdaily.joins.com/news/2025-04-09/national/politics/DP-chief-Lee-Jaemyung-resigns-from-party-leadership-ahead-of-presidential-run/2281127',
  },
  'global-times-lee-sworn-in': {
    title: 'Lee Jae-myung sworn in as South Korea’s 21st president',
    url: 'https://www.globaltimes.cn/page/202506/1335379.shtml',
  },
  'japan-times-aso-cabinet': {
    title: 'Aso gets quick start, names new Cabinet',
    url: 'http://info.japantimes.co.jp/text/nn20080925a1.html',
  },
  'perthnow-tokyo-summit': {
    title: 'Japan and South Korea’s leaders promise closer ties',
    url: 'https://www.perthnow.com.au/news/politics/japan-and-south-koreas-leaders-promise-closer-ties-c-19780650',
  },
  'devdiscourse-impeachment-push': {
    title: 'South Korea in Turmoil: The Push to Impeach President Yoon',
    url: 'https://www.devdiscourse.com/article/politics/3192497-south-korea-in-turmoil-the-push-to-impeach-president-yoon',
  },
  'yomiuri-nara-summit': {
    title:
      'Takaichi, Lee Hold Japan-South Korea Summit in Nara, Aiming to Further Improve Ties (Update)',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20260113-303786',
  },
  'chosun-online-seafood': {
    title: '韓国で日本産水産物の輸入急増 原発事故前年上回る=25年に3割増',
    url: 'https://www.chosunonline.com/m/svc/article.html?contid=2026022280016',
  },
  'kyodo-lee-concerns-gone': {
    title: '[Report on Lee’s remarks about Takaichi after the Gyeongju summit]',
    url: 'https://news.livedoor.com/topics/detail/29901209/',
  },
  'japan-forward-nara': {
    title: 'Takaichi and Lee Pledge Closer Ties Amid Rising Regional Tensions',
    url: 'https://japan-forward.com/takaichi-and-lee-pledge-closer-ties-amid-rising-regional-tensions',
  },
  // History, 2015–2023, the White House sequel and the disputes after the summit.
  // Numbers, polls, reactions and quotes.
  // Glossary terms and plain words.
} as const satisfies Record<ReferenceId, Pick<Reference, 'title' | 'url'>>;
