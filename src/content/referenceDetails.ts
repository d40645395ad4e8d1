import type { ReferenceId } from './references';
import type { Reference } from './types';

/**
 * The title and address of each reference. They are shown only on the sources page and the
 * handout, so they live apart from the rest of the reference and load only there.
 */
export const referenceDetails = {
  'japan-news-lee-arrives-first': {
    title: 'South Korean President Lee Arrives in Japan for Bilateral Summit',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20250823-276911/',
  },
  'joongang-jp-japan-before-us': {
    title: '訪米に先立ち訪日…日本「うれしいサプライズ、文政権とは違う」',
    url: 'https://japanese.joins.com/JArticle/337915',
  },
  'jiji-lee-liberation-day': {
    title: '[Report on Lee’s Liberation Day speech of 15 August 2025]',
    url: 'https://www.nippon.com/ja/news/yjj2025081500102/',
  },
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
  'mofa-abe-park-call-2015': {
    title: 'Japan-Republic of Korea Relations',
    url: 'https://www.mofa.go.jp/a_o/na/kr/page4e_000366.html',
  },
  'jcast-comfort-women-deal': {
    title: '日韓外相、慰安婦問題「最終的不可逆的に解決」で合意 安倍首相名で「お詫びと反省」も',
    url: 'https://www.j-cast.com/2015/12/28254476.html',
  },
  'etnews-comfort-women-fund': {
    title: '[Report on the foreign ministers’ agreement and the ¥1 billion fund]',
    url: 'https://etnews.com/20151229000065',
  },
  'korea-herald-moon-2015-deal': {
    title: 'Opposition steps up against sex slave deal',
    url: 'http://www.koreaherald.com/view.php?ud=20151231000754',
  },
  'jcast-task-force-report': {
    title: '[Report on the Korean task force’s review of the 2015 agreement]',
    url: 'https://j-cast.com/2017/12/27317738.html?p=all',
  },
  'yonhap-moon-deal-defective': {
    title: "(2nd LD) Moon says comfort women issue can't be settled by 'defective' 2015 deal",
    url: 'https://en.yna.co.kr/view/AEN20171228005552315',
  },
  'reuters-kono-unacceptable': {
    title: "South Korea Says 'Comfort Women' Deal Flawed, but Japan Warns Against Change",
    url: 'https://jakartaglobe.id/news/south-korea-says-comfort-women-deal-flawed-japan-warns-change/',
  },
  'kmib-no-renegotiation': {
    title: '강경화 "10억엔, 정부예산 대체… 日에 재협상 요구 안해"',
    url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=0923881475',
  },
  'chosun-neither-scrap-nor-renegotiate': {
    title: '康 외교 "위안부 재협상 안 한다"',
    url: 'http://news.chosun.com/site/data/html_dir/2018/01/10/2018011000204.html',
  },
  'hankyoreh-foundation-closing': {
    title: '[Report on the closing of the Reconciliation and Healing Foundation]',
    url: 'https://english.hani.co.kr/arti/english_edition/e_international/871349.html',
  },
  'kbs-foundation-dissolution': {
    title: "'Comfort Women' Foundation",
    url: 'http://news.kbs.co.kr/news/view.do?ncd=4079482',
  },
  'ntv-abe-foundation': {
    title: '安倍首相、韓国政府を強く非難 財団解散',
    url: 'https://news.ntv.co.jp/category/politics/409748',
  },
  'nikkei-foundation-dissolved': {
    title: '慰安婦財団が解散 日本政府が反発も',
    url: 'https://www.nikkei.com/article/DGXMZO46991680V00C19A7EAF000/',
  },
  'tv-asahi-foundation-registered': {
    title: '日韓合意の慰安婦支援財団が解散 日本側は同意せず',
    url: 'https://news.tv-asahi.co.jp/news_international/articles/000158790.html',
  },
  'korea-herald-nippon-steel-ruling': {
    title: '[Report on the Supreme Court’s Nippon Steel ruling]',
    url: 'http://www.koreaherald.com/view.php?ud=20181030000606',
  },
  'japan-times-nippon-steel-ruling': {
    title: '[Report on Japan’s reaction to the Supreme Court’s Nippon Steel ruling]',
    url: 'https://www.japantimes.co.jp/news/2018/10/31/national/crime-legal/south-korean-supreme-court-orders-japan-firm-compensate-wartime-forced-laborers/',
  },
  'mofa-kono-press-2018': {
    title: 'Extraordinary Press Conference by Foreign Minister Taro Kono',
    url: 'https://www.mofa.go.jp/press/kaiken/kaiken4e_000567.html',
  },
  'japan-times-mitsubishi-ruling': {
    title: 'South Korea’s top court orders Mitsubishi Heavy to pay compensation for wartime labor',
    url: 'https://www.japantimes.co.jp/news/2018/11/29/national/crime-legal/south-koreas-top-court-orders-mitsubishi-heavy-pay-compensation-wartime-labor/',
  },
  'mynavi-export-controls': {
    title: '[Report on METI’s new export rules for three materials]',
    url: 'https://news.mynavi.jp/article/20190701-851961/',
  },
  'nikkei-abe-export-controls': {
    title: '対韓輸出規制「WTOに反せず当然の判断」 安倍首相',
    url: 'https://www.nikkei.com/article/DGXMZO46910730T00C19A7EA1000/',
  },
  'kyodo-white-list-removal': {
    title: '[Report on the cabinet decision to remove South Korea from the white list]',
    url: 'https://www.nna.jp/english_contents/news/show/20190802_0001',
  },
  'korea-herald-moon-trade-curbs': {
    title: "Full text of President Moon Jae-in's statement on Japan's latest trade curbs",
    url: 'https://m.koreaherald.com/amp/view.php?ud=20190802000547',
  },
  'kbs-white-list-effective': {
    title: "JAPAN'S REMOVAL OF S.KOREA FROM WHITELIST",
    url: 'http://news.kbs.co.kr/news/view.do?ncd=4271844',
  },
  'deccan-herald-wto-complaint': {
    title: '[Report on Seoul’s WTO complaint over Japan’s export curbs]',
    url: 'https://www.deccanherald.com/international/world-news-politics/seoul-planning-wto-complaint-over-japans-export-curbs-760597.html',
  },
  'koreabizwire-boycott': {
    title: 'Japan Boycott Passes 100-day Milestone',
    url: 'http://koreabizwire.com/japan-boycott-passes-100-day-milestone',
  },
  'yonhap-gsomia-scrap': {
    title: '(LEAD) S. Korea to scrap military info-sharing pact with Japan: Cheong Wa Dae',
    url: 'https://en.yna.co.kr/view/AEN20190822011751315',
  },
  'nhk-kono-gsomia': {
    title: '[Report on Foreign Minister Kono’s response to the GSOMIA decision]',
    url: 'http://www.nhk.or.jp/politics/articles/statement/21698.html',
  },
  'yonhap-jp-gsomia-suspended': {
    title: 'GSOMIA終了延期 WTO提訴手続き停止=韓国大統領府',
    url: 'https://jp.yna.co.kr/view/AJP20191122004400882',
  },
  'korea-herald-gsomia-normalised': {
    title: '[Report on Seoul withdrawing its 2019 GSOMIA notices]',
    url: 'https://www.koreaherald.com/view.php?ud=20230321000576',
  },
  'asahi-gsomia-normalised': {
    title: '[Report on South Korea restoring GSOMIA in full]',
    url: 'https://www.asahi.com/ajw/articles/14867174',
  },
  'yonhap-compensation-plan': {
    title: '[Report on the plan to compensate forced-labour victims through a Korean foundation]',
    url: 'https://m-en.yna.co.kr/view/AEN20230306001753325',
  },
  'joongang-compensation-plan': {
    title: 'Korean foundation to make first move to compensate forced labor victims',
    url: 'https://koreajoongangdaily.joins.com/2023/03/06/national/politics/Japan-Korea-Forced-labor/20230306124908707.html',
  },
  'nikkei-hayashi-welcomes-plan': {
    title: '林外相、日本企業の自発的寄付を容認 元徴用工問題',
    url: 'https://www.nikkei.com/article/DGXZQOUA0624H0W3A300C2000000/',
  },
  'japan-news-kishida-plan': {
    title: '[Report on Kishida’s response to Seoul’s compensation plan]',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20230306-95497',
  },
  'korea-times-victims-reject-plan': {
    title: '[Report on victims’ rejection of the compensation plan]',
    url: 'https://w.koreatimes.co.kr/www/nation/2023/03/356_346666.html',
  },
  'yonhap-lee-humiliation': {
    title: '[Report on the opposition’s reaction to the compensation plan]',
    url: 'https://m-en.yna.co.kr/view/AEN20230306004651315',
  },
  'chosun-victims-accept': {
    title: 'Most Forced Labor Victims Accept Compensation from Korean Fund',
    url: 'https://english.chosun.com/site/data/html_dir/2023/04/14/2023041401215.html',
  },
  'kantei-yoon-kishida-2023': {
    title: 'Joint Press Conference by the Leaders of Japan and the Republic of Korea',
    url: 'https://worldjpn.net/documents/texts/PI/20230316.O1E.html',
  },
  'korea-net-yoon-tokyo-2023': {
    title: '[Report on the Yoon–Kishida summit in Tokyo, by Park Hye Ri]',
    url: 'https://www.korea.net/NewsFocus/policies/view?articleId=230291',
  },
  'yonhap-jp-shuttle-2023': {
    title: '韓日首脳会談 「シャトル外交」再開で一致(3月17日)',
    url: 'https://jp.yna.co.kr/view/MYH20230317001300882?section=video/general',
  },
  'sankei-export-controls-eased': {
    title: '半導体材料3品目対韓輸出管理を緩和 政府発表、23日夕から適用開始',
    url: 'https://www.sankei.com/article/20230323-O4UNTHVPHFIT3IXRVMV5IPMC2Y/',
  },
  'korea-times-wto-withdrawn': {
    title: '[Report on Seoul withdrawing its WTO complaint]',
    url: 'https://mm.koreatimes.co.kr/www/tech/2023/05/419_347277.html',
  },
  'kyodo-white-list-restored': {
    title: '韓国への輸出優遇、7月再指定 政府、4年ぶり正常化',
    url: 'https://nordot.app/1046289677230047871?c=414795408717890657',
  },
  'kbs-world-white-list-restored': {
    title: 'Japan Reinstates S. Korea to Trade Whitelist After 4 Years',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=178743',
  },
  'kmib-lee-keep-agreements': {
    title: '[속보] 李대통령 "위안부 합의 뒤집는 것 안 바람직해…日, 매우 중요"<요미우리>',
    url: 'https://www.kmib.co.kr/article/view.asp?arcid=0028570974',
  },
  'jiji-lee-uphold-accords': {
    title: "S. Korea's Lee Reiterates Intention to Uphold Past Accords with Japan",
    url: 'https://www.nippon.com/en/news/yjj2025082100313/s-korea%27s-lee-reiterates-intention-to-uphold-past-accords-with-japan.html',
  },
  'japan-times-1998-declaration': {
    title: 'The Kim visit: leaders look ahead, vow cooperative ties',
    url: 'https://www.japantimes.co.jp/news/1998/10/08/national/the-kim-visit-leaders-look-ahead-vow-cooperative-ties/',
  },
  'seoul-shinmun-wi-briefing': {
    title: '위성락 “방위비분담금 논의 없어…국방비 증액은 논의”',
    url: 'https://www.seoul.co.kr/news/politics/diplomacy/2025/08/26/20250826500121',
  },
  'nocut-white-house-briefing': {
    title: '[Report on the presidential office’s briefing after the Lee–Trump summit]',
    url: 'https://www.nocutnews.co.kr/news/6390193',
  },
  'afp-sado-unesco': {
    title: '[AFP report on the Sado mines’ World Heritage listing]',
    url: 'https://www.nation.com.pk/28-Jul-2024/japan-s-sado-mines-added-to-world-heritage-list',
  },
  'japan-news-sado-2025': {
    title:
      'Memorial Service for Sado Miners Held, South Korea Does Not Send Representative for 2nd Consecutive Year',
    url: 'https://japannews.yomiuri.co.jp/?p=280940',
  },
  'yomiuri-korea-sado-own': {
    title: '[Report on South Korea’s plan for its own Sado memorial]',
    url: 'https://news.livedoor.com/topics/detail/29979671/',
  },
  'livein-sado-separate': {
    title: '韓 별도의 사도광산 추도식 21일 개최…강제동원 피해자 추모',
    url: 'http://livein.co.kr/bbs/board.php?bo_table=n01&wr_id=203043',
  },
  'news1-korea-sado-ceremony': {
    title: '[Photo report on the Korean government’s Sado memorial]',
    url: 'https://www.news1.kr/diplomacy/defense-diplomacy/5984138',
  },
  'joongang-nippon-steel-2025': {
    title:
      'Top court upholds ruling ordering Nippon Steel to compensate family of late wartime forced laborer',
    url: 'https://koreajoongangdaily.joins.com/news/2025-12-11/national/socialAffairs/Top-court-upholds-ruling-ordering-Nippon-Steel-to-compensate-family-of-late-wartime-forced-laborer/2475737',
  },
  'bhrrc-nippon-steel-2025': {
    title: '韓国最高裁、元徴用工の追加訴訟で初めて日本製鉄の約1100万円の賠償を確定する',
    url: 'https://www.business-humanrights.org/ja/%E6%9C%80%E6%96%B0%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/%E9%9F%93%E5%9B%BD%E6%9C%80%E9%AB%98%E8%A3%81%E5%85%83%E5%BE%B4%E7%94%A8%E5%B7%A5%E3%81%AE%E8%BF%BD%E5%8A%A0%E8%A8%B4%E8%A8%9F%E3%81%A7%E5%88%9D%E3%82%81%E3%81%A6%E6%97%A5%E6%9C%AC%E8%A3%BD%E9%89%84%E3%81%AE%E7%B4%841100%E4%B8%87%E5%86%86%E3%81%AE%E8%B3%A0%E5%84%9F%E3%82%92%E7%A2%BA%E5%AE%9A%E3%81%99%E3%82%8B',
  },
  'kyodo-kumagai-gumi-ruling': {
    title: '[Kyodo report on the Supreme Court’s Kumagai Gumi ruling]',
    url: 'https://news.livedoor.com/topics/detail/30468122/',
  },
  'joongang-kumagai-gumi-ruling': {
    title:
      'Korean Supreme Court confirms Japanese company should pay $70,000 to forced labor victim',
    url: 'https://koreajoongangdaily.joins.com/news/2026-01-30/national/socialAffairs/Korean-Supreme-Court-confirms-Japanese-company-should-pay-70000-to-forced-labor-victim/2512592',
  },
  'chosun-online-nishimatsu': {
    title: '韓国徴用訴訟 西松建設への賠償命令が確定',
    url: 'https://www.chosunonline.com/site/data/html_dir/2026/02/09/2026020980004.html',
  },
  'mofa-takeshima-position': {
    title:
      'An Outline of the Japanese Position on Sovereignty over Takeshima and the Illegal Occupation by the Republic of Korea',
    url: 'https://www.mofa.go.jp/region/asia-paci/takeshima/position.html',
  },
  'yomiuri-takeshima-day-2026': {
    title: '[Report on the government envoy at the Takeshima Day ceremony]',
    url: 'https://news.livedoor.com/article/detail/30635170/',
  },
  'donga-takeshima-protest-2026': {
    title: '[Report on the foreign ministry’s protest over Takeshima Day]',
    url: 'https://www.donga.com/news/Politics/article/all/20260222/133397013/2',
  },
  'joongang-dokdo-protest-2026': {
    title: '[Report on Seoul calling in a Japanese diplomat over Takeshima Day]',
    url: 'https://koreajoongangdaily.joins.com/news/2026-02-22/national/diplomacy/Seoul-calls-in-Japanese-diplomat-over-annual-event-asserting-Tokyos-claims-to-Dokdo/2528568',
  },
  'reuters-takeshima-day-2026': {
    title:
      'South Korea protests Japan’s Takeshima Day ceremony, demands end to ‘groundless’ claims over island',
    url: 'https://www.malaymail.com/news/world/2026/02/22/south-korea-protests-japans-takeshima-day-ceremony-demands-end-to-groundless-claims-over-island/210001',
  },
  // Numbers, polls, reactions and quotes.
  'mbc-lee-humiliation': {
    title: '이재명 “삼전도 굴욕 버금가는 외교사 최대 치욕·오점”',
    url: 'https://imnews.imbc.com/news/2023/politics/article/6461364_36119.html',
  },
  'japantoday-lee-keeps-pact': {
    title: 'South Korea’s Lee intends to retain ‘comfort women’ pact with Japan, paper says',
    url: 'https://japantoday.com/category/politics/south-korea%27s-lee-intends-to-retain-%27comfort-women%27-pact-with-japan-paper-says',
  },
  'japan-times-lee-joint-interview': {
    title:
      '[Report on Lee’s interview with several Japanese media outlets on the day of the summit]',
    url: 'https://www.japantimes.co.jp/news/2025/08/23/japan/politics/south-korea-japan-ishiba-lee',
  },
  'japan-news-summit-analysis': {
    title: '[Analysis of the joint press release after the Tokyo summit]',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20250824-277070',
  },
  'japan-news-ishiba-remorse': {
    title:
      'Ishiba’s World War II Memorial Address Reflects His Distinctiveness as He Mulls Timing of Personal Remarks',
    url: 'https://japannews.yomiuri.co.jp/?p=275741',
  },
  'tbs-ishiba-remorse': {
    title: '[Report on Ishiba’s address at the 15 August memorial service]',
    url: 'https://newsdig.tbs.co.jp/articles/-/2112276',
  },
  'kantei-tokyo-remarks': {
    title:
      'Prime Minister Ishiba’s Remarks at the Joint Press Occasion with President Lee of the Republic of Korea',
    url: 'https://worldjpn.net/documents/texts/PI/20250823.O3E.html',
  },
  'kbs-world-civic-groups-interview': {
    title: '[Report on civic groups’ criticism of Lee’s remarks on the 2015 agreement]',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=195442',
  },
  'asiae-trade-60-years': {
    title: '60 Years of Korea-Japan Relations',
    url: 'https://cm.asiae.co.kr/en/article/2025062313521744423',
  },
  'kmib-trade-2024': {
    title: '한·일 무역, 수교 후 352배 늘었다',
    url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=1750323800',
  },
  'joongang-trade-2023': {
    title: 'KEF Chair meets Japanese ambassador to discuss strengthening relations',
    url: 'https://koreajoongangdaily.joins.com/news/2024-11-12/business/economy/KEF-Chair-meets-Japanese-ambassador-to-discuss-strengthening-relations/2175903',
  },
  'hankyung-visitors-2024': {
    title: '[Report on trade and travel between Korea and Japan after 60 years of ties]',
    url: 'https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=2025061561041',
  },
  'korea-daily-visitors-2025': {
    title: '[Report on Korean visitors to Japan in 2025]',
    url: 'https://www.koreadaily.com/article/20260121030357267',
  },
  'yomiuri-visitors-to-japan-2025': {
    title: '[Report on foreign visitors to Japan in 2025]',
    url: 'https://news.livedoor.com/topics/detail/30423370/',
  },
  'yomiuri-visitors-to-korea-2025': {
    title: '[Report on Japanese visitors to South Korea in 2025]',
    url: 'https://news.livedoor.com/topics/detail/30482364/',
  },
  'aju-visitors-to-korea-2025': {
    title: '[Report on foreign visitors to South Korea in 2025]',
    url: 'https://www5.ajunews.com/view/20260130103801235',
  },
  'embassy-working-holiday': {
    title: '日韓ワーキング・ホリデー査証案内',
    url: 'https://www.kr.emb-japan.go.jp/itpr_ja/visa_working_h.html',
  },
  'hankyung-working-holiday-cap': {
    title: '한일 워킹홀리데이 연간 1만명으로 확대',
    url: 'https://hankyung.com/amp/201109219085i',
  },
  'seoul-shinmun-us-troops-korea': {
    title:
      '[Report on the US defence bill that bars cutting US troops in South Korea below 28,500]',
    url: 'https://www.seoul.co.kr/news/international/2025/12/19/20251219010006',
  },
  'yonhap-us-troops-korea': {
    title: '[Report on a US think tank’s proposal to cut US troops in South Korea to about 10,000]',
    url: 'http://www.koreatimesus.com/u-s-think-tank-proposes-slashing-usfk-troop-level-to-about-10000-from-28500/',
  },
  'politico-us-troops-japan': {
    title: '[Politico report on the US revamping its command in Japan]',
    url: 'https://pioneernewz.com/us-revamps-japan-command-amid-chinas-threats-politico',
  },
  'japan-forward-us-forces': {
    title: '[Article on what US forces in Japan are there to do]',
    url: 'https://japan-forward.com/for-the-us-military-in-japan-defending-the-host-country-is-the-smallest-piece',
  },
  'japan-news-joint-poll-2025': {
    title:
      'Survey: 52% in Japan, 55% in South Korea Say Relations Are Positive; Japan Cautious Over New S. Korean President',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20250625-265822',
  },
  'news1-joint-poll-2025': {
    title: '“한일관계 좋다” 한국인 55% ‘첫 과반’…일본인 52%도 같은 생각',
    url: 'https://www.news1.kr/amp/world/northeast-asia/5825033',
  },
  'herald-eai-survey-2025': {
    title:
      '[Report on the 2025 survey by the East Asia Institute and its Japanese and US partners]',
    url: 'https://biz.heraldcorp.com/article/10564483',
  },
  'donga-eai-survey-2025': {
    title: '韓 일본 호감 최고치 vs 日 한국 호감 최저치…엇갈린 인식',
    url: 'https://www.donga.com/news/Society/article/all/20250829/132280890/2',
  },
  'jiji-cabinet-office-2024': {
    title: '[Report on the Cabinet Office’s 2024 survey on feelings towards other countries]',
    url: 'https://news.mixi.jp/view_news.pl?id=8204593&media_id=4',
  },
  'yomiuri-editorial-lee-interview': {
    title: '[Yomiuri Shimbun editorial on Lee’s interview before his visit]',
    url: 'https://news.livedoor.com/article/detail/29415796/',
  },
  'chosun-biz-japanese-media': {
    title: '[Report on how Japanese media received Lee’s visit]',
    url: 'https://biz.chosun.com/en/en-international/2025/08/24/ZQQ5OM3GLBF2RDYR52DHBYNUSQ/?outputType=amp',
  },
  'japan-forward-summit-editorial': {
    title:
      '[Piece on the Tokyo summit: does South Korea truly want forward-looking ties with Japan?]',
    url: 'https://japan-forward.com/does-south-korea-truly-want-forward-looking-ties-with-japan',
  },
  'minami-nippon-editorial': {
    title: '[日韓首脳会談]対話を続け関係深化を',
    url: 'https://373news.com/lineup/syasetsu/20250827',
  },
  'chosun-editorial-lee-interview': {
    title: '[Chosun Ilbo on Lee’s promise to keep agreements between states]',
    url: 'https://www.chosunonline.com/site/data/html_dir/2025/08/22/2025082280017.html',
  },
  'sekai-nippo-segye-editorial': {
    title: '[Segye Ilbo editorial on the Tokyo summit, in Japanese]',
    url: 'https://www.worldtimes.co.jp/global/south-korea/20250828-199130/',
  },
  'livedoor-hankyoreh-editorial': {
    title: '[Report on the Hankyoreh’s editorial on the Tokyo summit]',
    url: 'https://news.livedoor.com/article/detail/29463978/',
  },
  'wowkorea-summit-reactions': {
    title: '[Report on reactions in South Korea after the Tokyo summit]',
    url: 'https://wowkorea.live/news/read/499398.html',
  },
  'kbs-civic-groups-summit': {
    title: '[Report on civic groups’ regret at the summit’s results]',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8338369',
  },
  'ohmynews-civic-groups-summit': {
    title: '[Report on history and civic groups’ statements on the summit]',
    url: 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003159782',
  },
  'kbc-forced-labour-group': {
    title: '[Report on the forced-labour victims’ support group’s view of the summit]',
    url: 'https://news.ikbc.co.kr/article/view/kbc202508240036',
  },
  'kbs-lee-yong-soo': {
    title: '[Report on Lee Yong-soo’s response to Lee’s remarks on the 2015 agreement]',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8337785',
  },
  'genron-sakurai-column': {
    title: '日韓首脳会談を評価できない訳',
    url: 'https://www.genron.tv/ch/sakura-live/column/?pageID=2',
  },
  'akahata-joint-release': {
    title: '98年共同宣言に言及 日韓報道発表「全体として継承」',
    url: 'https://www.jcp.or.jp/akahata/aik25/2025-08-25/2025082501_02_0.html',
  },
  'kukmin-joint-release': {
    title: '이대통령-이시바 공동언론발표문 발표…“김대중-오부치 선언 계승”',
    url: 'https://www.kmib.co.kr/article/view.asp?arcid=0028583228',
  },
  'ncss-c3-dimension-3': {
    title: 'Dimension 3: Evaluating Sources and Using Evidence (C3 Framework)',
    url: 'https://www.socialstudies.org/resources/c3/c3lc/dimension-3-evaluating-sources-and-using-evidence',
  },
  'iowa-c3-high-school': {
    title: 'High School | Social Studies',
    url: 'https://educateiowa.gov/standard/social-studies/high-school-social-studies',
  },
  'glopopolis-key-concepts': {
    title: '[Key concepts of IB Global Politics, first assessment 2026]',
    url: 'https://www.glopopolis.org/2026/basics/concepts',
  },
  'cmu-spokesperson': {
    title: '[Don’t ask students to speak for their group]',
    url: 'https://www.cmu.edu/teaching/designteach/teach/classroomclimate/strategies/speakforgroup.html',
  },
  'ha-controversial-issues': {
    title: 'Controversial issues',
    url: 'https://history.org.uk/secondary/categories/pp-controversial-issues',
  },
  'facing-history-contracting': {
    title: 'Contracting',
    url: 'https://www.facinghistory.org/resource-library/teaching-strategies/contracting',
  },
  'asiae-tokyo-statement-ko': {
    title: '다음은 한일 정상회담 결과 공동언론발표문.',
    url: 'https://cm.asiae.co.kr/article/2025082320115232838',
  },
  'asiae-tokyo-statement-en': {
    title: '[Asia Economy’s English translation of the joint press statement of 23 August 2025]',
    url: 'https://cm.asiae.co.kr/en/article/2025082320115232838',
  },
  'jiji-forward-looking-ties': {
    title: '(Update 2) Ishiba, Lee Vow to Promote Forward-Looking Japan-S. Korea Ties',
    url: 'https://jen-f.jiji.com/jc/eng?g=eco&k=2025082300451',
  },
  'japan-times-summit-analysis': {
    title:
      '[Analysis of Lee’s Tokyo visit: history set aside for economic and security cooperation]',
    url: 'https://www.japantimes.co.jp/news/2025/08/24/japan/politics/south-korea-japan-ishiba-lee-summit',
  },
  'ajupress-joint-body': {
    title: 'South Korea, Japan agree to launch joint response body for common challenges',
    url: 'https://www.ajupress.com/view/20250823201024442',
  },
  'fnnews-editorial-en': {
    title:
      '[fn Editorial] Joint Korea-Japan Statement After 17 Years, To Be Continued with Practical Cooperation',
    url: 'https://en.fnnews.com/news/202508241910493972',
  },
  'kmib-tokyo-remarks': {
    title: '[Lee’s remarks at the joint press announcement in Tokyo]',
    url: 'https://www.kmib.co.kr/article/view.asp?arcid=0028583100',
  },
  'asiatoday-front-yard': {
    title: '[Lee on Korea–Japan cooperation after the Tokyo summit]',
    url: 'https://en.asiatoday.co.kr/view.php?key=20250825000923233',
  },
  'chosun-biz-tokyo-summit': {
    title: '[Report on the results of the Tokyo summit]',
    url: 'https://biz.chosun.com/en/en-policy/2025/08/23/3S5DRLF7HJANHG5VE6IVNLDT7Q/',
  },
  'kyodo-tokyo-wary': {
    title: '[Report on reactions in Tokyo to Lee’s 15 August speech]',
    url: 'https://news.livedoor.com/topics/detail/29376488/',
  },
  'kbs-wi-before-summit': {
    title: '[Report on Wi Sung-lac’s briefing before the visit to Japan]',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8337535',
  },
  'fnnews-wi-after-summit': {
    title: '[Report on Wi Sung-lac’s account of the Tokyo summit]',
    url: 'https://www.fnnews.com/ampNews/202508240858213724',
  },
  'scmp-refuel-row': {
    title:
      'Refuel row: Japan rescinds airbase access to South Korean jets over Dokdo islets dispute',
    url: 'https://www.scmp.com/week-asia/politics/article/3331317/refuel-row-japan-rescinds-airbase-access-south-korean-jets-over-dokdo-islets-dispute',
  },
  'korea-herald-sado-2025': {
    title: '[Report on Japan’s Sado memorial ceremony without South Korea]',
    url: 'https://www.koreaherald.com/article/10574896',
  },
  'kyodo-ishiba-remorse': {
    title: 'Japan PM vows to pursue peace, be mindful of ‘remorse’ on WWII anniv.',
    url: 'https://www.daily8.com/en/article/07ac9c16d6eae4d6f34fa08aca6f5a9c',
  },
  'asiatoday-partner-reflection': {
    title:
      'Lee calls Japan a ‘partner,’ Ishiba speaks of ‘reflection’ — will summit yield a meaningful agreement?',
    url: 'https://en.asiatoday.co.kr/view.php?key=20250818000923175',
  },
  // Glossary terms and plain words.
  'asiaone-apec-gyeongju': {
    title: '[Factbox on the APEC forum as its leaders gather in Gyeongju]',
    url: 'https://www.asiaone.com/asia/what-apec-asia-pacific-leaders-gather-south-korea',
  },
  'jisho-prefectures': {
    title: '都道府県',
    url: 'https://jisho.org/word/%E9%83%BD%E9%81%93%E5%BA%9C%E7%9C%8C',
  },
  'jiji-workers-from-peninsula': {
    title: 'S. Korean Plaintiffs Not “Requisitioned Workers”: Japan',
    url: 'https://manila-stv.ph/japan_news/s-korean-plaintiffs-not-requisitioned-workers-japan.html',
  },
  'asahi-comfort-women-euphemism': {
    title: '[Report on President Moon’s news conference on the 2015 “comfort women” deal]',
    url: 'http://www.asahi.com/ajw/articles/AJ201801100054.html',
  },
  'sinchew-fukuda-reshuffle': {
    title: 'Japan: Fukuda Overhauls Cabinet',
    url: 'http://mysinchew.sinchew.com.my/node/14550',
  },
  'kantei-hatoyama-cabinet': {
    title: 'Inauguration of the Hatoyama Cabinet',
    url: 'https://japan.kantei.go.jp/hatoyama/actions/200909/16hossoku_e.html',
  },
  'xinhua-ishiba-secretary-general': {
    title: 'Ishiba accepts offer to become LDP No. 2 man',
    url: 'http://en.people.cn/90777/7964218.html',
  },
  'nippon-abe-reshuffle-2014': {
    title: 'A First Reshuffle for Second Abe Cabinet (September 2014)',
    url: 'http://nippon.com/en/features/h00073',
  },
  'yonhap-lee-leaves-gyeonggi': {
    title: 'Lee resigns as Gyeonggi governor to focus on presidential campaign',
    url: 'https://en.yna.co.kr/view/AEN20211025005800315',
  },
  'yonhap-posco-donation': {
    title: 'POSCO says to ‘actively’ consider donation for forced labor victims',
    url: 'https://en.yna.co.kr/view/AEN20230306010300320',
  },
  'japan-news-korea-white-list-2023': {
    title: '[Report on Yoon’s plan to put Japan back on South Korea’s white list]',
    url: 'https://japannews.yomiuri.co.jp/world/asia-pacific/20230321-98743',
  },
  'korea-herald-white-list-april-2023': {
    title: 'Japan begins process to put S. Korea back on export ‘white list’',
    url: 'https://www.koreaherald.com/view.php?ud=20230428000625',
  },
  'japan-times-chosei-survey': {
    title: '[Report on a civic group’s new survey of the flooded Chōsei coal mine]',
    url: 'https://www.japantimes.co.jp/news/2025/01/27/japan/survey-undersea-mine-accident/',
  },
  'joongang-chosei-nara': {
    title:
      'Lee-Takaichi agreement to investigate Chosei coal mine disaster welcomed by Japanese civic group',
    url: 'https://koreajoongangdaily.joins.com/news/2026-01-14/national/diplomacy/LeeTakaichi-agreement-to-investigate-Chosei-coal-mine-disaster-welcomed-by-Japanese-civic-group/2500208',
  },
  'economic-jp-summit-readout': {
    title: '季韓国大統領が最初に日本訪問 総理笑顔で歓迎',
    url: 'http://economic.jp/?p=105535',
  },
  'newsis-ishiba-abductions': {
    title: '이시바 日총리 "北완전한 비핵화 위해 한미일 긴밀히 공조 대응키로"',
    url: 'https://m.newsis.com/view/NISX20250823_0003300740',
  },
  'japan-times-takaichi-yasukuni': {
    title: '[Report that Takaichi did not visit Yasukuni Shrine during its autumn festival]',
    url: 'https://www.japantimes.co.jp/news/2025/10/20/japan/politics/sanae-takaichi-skips-yasukuni-visit',
  },
  'yomiuri-takaichi-yasukuni-environment': {
    title: '[Report on Takaichi’s remarks on Yasukuni Shrine in a Fuji TV programme]',
    url: 'https://news.livedoor.com/topics/detail/30541966/',
  },
  'ytn-takaichi-yasukuni-environment': {
    title: '‘총선 압승’ 다카이치 "야스쿠니 참배 환경 정비에 노력"',
    url: 'https://www.ytn.co.kr/_ln/0104_202602090236439784',
  },
  'sbs-lee-supplementary-budget': {
    title: '[Report on Lee chairing a meeting of his senior secretaries at Cheong Wa Dae]',
    url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008474727',
  },
  'japan-times-foundation-payments-2019': {
    title:
      '[Report that South Korea has formally closed the Japan-funded “comfort women” foundation]',
    url: 'https://www.japantimes.co.jp/news/2019/07/05/national/politics-diplomacy/south-korea-formally-closes-japan-funded-comfort-women-foundation/',
  },
  'hankyoreh-payments-refused-2016': {
    title: 'Government begins cash payments to former comfort women',
    url: 'http://english.hani.co.kr/arti/english_edition/e_international/765828.html',
  },
  'korea-times-survivors-protest-2016': {
    title: '[Report that Japan sent ¥1 billion to the foundation for the victims]',
    url: 'https://www.koreatimes.co.kr/www/news/nation/2016/08/116_213150.html',
  },
  'mofa-korea-dokdo-position': {
    title: 'The Korean Government’s Basic Position on Dokdo',
    url: 'https://dokdo.mofa.go.kr/eng/dokdo/government_position.jsp',
  },
  'jiji-cho-cptpp-not-precondition': {
    title: 'S. Korea to Hold Talks with Japan on Joining CPTPP',
    url: 'https://english.adnkronos.com/2025/09/20/s-korea-to-hold-talks-with-japan-on-joining-cptpp',
  },
  'newdaily-cptpp-members': {
    title: '위성락 "CPTPP, 실무부서 간 협의 더 필요한 문제"',
    url: 'https://www.newdaily.co.kr/site/data/html/2026/01/14/2026011400226.html',
  },
  'news1-lee-nhk-seafood': {
    title: '靑 "한일 정상간 CPTPP 얘기 나눠…추진 의사 재확인"',
    url: 'https://www.news1.kr/amp/politics/president/6038785',
  },
  'claims-agreement-1965-text': {
    title:
      'Agreement on the Settlement of Problems Concerning Property and Claims and on Economic Co-operation between Japan and the Republic of Korea',
    url: 'https://worldjpn.net/documents/texts/JPKR/19650622.T9E.html',
  },
  'japan-times-claims-commentary-2019': {
    title: '[Commentary on the 1965 claims agreement and the dispute over wartime workers]',
    url: 'https://www.japantimes.co.jp/opinion/2019/09/04/commentary/japan-commentary/real-issue-tokyo-seoul-trust/',
  },
  'tbs-ishiba-first-elected': {
    title:
      '[Report on Ishiba’s career as he wins the LDP presidency: first elected in 1986, at 29]',
    url: 'https://newsdig.tbs.co.jp/articles/bss/1454032?display=1',
  },
  'tbs-ishiba-13th-win': {
    title: '[Report on Ishiba winning Tottori 1st district in the 2024 general election]',
    url: 'https://newsdig.tbs.co.jp/articles/-/1514427?display=1',
  },
  'fnn-ishiba-14th-win': {
    title: '[Report on Ishiba winning Tottori 1st district for the 14th time, 2026]',
    url: 'https://www.fnn.jp/articles/-/999513',
  },
  'hankook-lee-by-election': {
    title: '이재명·안철수 나란히 생환 가능성… 국민의힘 4곳, 민주당 1곳 당선 확실시',
    url: 'https://m.hankookilbo.com/News/Read/Amp/A2022060200370001585',
  },
  'kyeongin-lee-reelected-2024': {
    title: '[Report on Incheon’s 14 National Assembly members elected in 2024, Lee among them]',
    url: 'https://kyeongin.com/article/1687145',
  },
  'edaily-lee-resigns-seat': {
    title: '李대통령, 취임선서 앞서 국회의원직 사임',
    url: 'https://v.daum.net/v/20250604110406284',
  },
  'jiji-takaichi-yasukuni-understanding': {
    title: 'Takaichi to Seek Int’l Understanding over Yasukuni Visit',
    url: 'https://www.adnkronos.com/Archivio/internazionale/akieng/takaichi-to-seek-intl-understanding-over-yasukuni-visit_256RhoQszAIQVSx2QOoYmA',
  },
} as const satisfies Record<ReferenceId, Pick<Reference, 'title' | 'url'>>;
