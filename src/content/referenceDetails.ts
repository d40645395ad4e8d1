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
  'chosun-tokyo-summit': {
    title: '[Report on the Lee–Ishiba summit in Tokyo]',
    url: 'https://biz.chosun.com/en/en-policy/2025/08/23/3S5DRLF7HJANHG5VE6IVNLDT7Q/',
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
    url: 'https://news.prairiepublic.org/news-from-npr/2024-12-03/south-koreas-president-declares-martial-law',
  },
  'devdiscourse-impeachment': {
    title: 'South Korea’s Political Turmoil: President Yoon Impeached',
    url: 'https://www.devdiscourse.com/article/politics/3193954-south-koreas-political-turmoil-president-yoon-impeached',
  },
  'kbs-yoon-removed': {
    title: '[News Today] Court upholds Yoon’s impeachment',
    url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8219315',
  },
  'menafn-takaichi': {
    title: 'Japan’s Sanae Takaichi Elected As First Female Prime Minister',
    url: 'https://menafn.com/1110224899/Japans-Sanae-Takaichi-Elected-As-First-Female-Prime-Minister',
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
} as const satisfies Record<ReferenceId, Pick<Reference, 'title' | 'url'>>;
