import type { CorrectionId } from './updates';
import type { UpdateWording } from './types';

/**
 * What each correction says: what we got wrong and what is right. Only the updates page shows
 * them, so they live apart from the log, which every page with a "Corrected on" note reads.
 */
export const correctionWording = {
  'treaty-normalised-ties': {
    summary:
      'We said the 1965 treaty “restores diplomatic ties”, as if the two states had had them before.',
    correction:
      'The Republic of Korea and Japan had no diplomatic relations before 1965. The treaty normalised them, and the event now says so.',
  },
  'ishiba-seat-left-out': {
    summary:
      'Ishiba’s profile and the careers chart listed only his offices, and left out his seat in the House of Representatives.',
    correction:
      'He was first elected for Tottori in 1986, at 29, and won his 14th election in February 2026, after leaving office. The profile and the chart now show the seat.',
  },
  'lee-seat-left-out': {
    summary:
      'Lee’s profile and the careers chart listed only his offices, and left out his seat in the National Assembly.',
    correction:
      'He won a by-election in Incheon on 1 June 2022 and was re-elected in 2024. He gave up the seat on 4 June 2025, the day he became president. The profile and the chart now show it.',
  },
  'home-first-before-us': {
    summary:
      'The first takeaway said “Lee went to Tokyo before Washington, and Japanese officials took the order of the visits as a gesture of goodwill.” It did not say this was a first.',
    correction:
      'The Yomiuri Shimbun and the JoongAng Ilbo reported a first. Since ties were normalised in 1965, no South Korean president had visited Japan for talks before the United States. The takeaway now says so.',
  },
  'home-liberation-day-ask': {
    summary:
      '“Why this was news” said of 15 August only that “The same day, Lee called Japan a partner.”, leaving out what he asked of Japan.',
    correction:
      'In the same speech Lee said he hoped Japan’s government would face history squarely. The page now gives both halves.',
  },
  'home-repeats-and-length': {
    summary:
      'The home page said things twice. Under the headline it said “He went there before meeting Donald Trump in Washington.”, and a takeaway said it again. The quote cards repeated Lee’s interview and Ishiba’s “remorse”. The report’s view that the two “gain from speaking with one voice” stood apart from the takeaway on the United States. The “2-minute read” left out the turning points.',
    correction:
      'Each fact now appears once. The quote cards give each leader’s words on the day of the summit. The report’s view, in plainer words, joins the takeaway on the United States. The reading time counts the turning points.',
  },
  'home-turning-points-1998': {
    summary:
      '“How we got here” listed Yoon Suk Yeol’s 2023 visit to Tokyo but not the 1998 Kim–Obuchi declaration, with Japan’s apology for colonial rule.',
    correction:
      'The 1998 declaration now takes that place. In the summit’s joint press announcement, Ishiba said he upholds earlier cabinets’ positions on history, this declaration among them. Yoon’s visit is still on the timeline.',
  },
  'home-dated-by-summit': {
    summary:
      'The home page was dated by the summit (“Explainer · 23 August 2025”), so a reader today could take it for a piece from 2025. Its polls and open questions did not say how far our reports reach.',
    correction:
      'It now gives the day of its newest update. The polls say they are the newest we found in reports up to 19 March 2026, and every open question says so too.',
  },
  'shuttle-andong-when': {
    summary:
      'We said “Lee has proposed his home town, Andong, for the next summit”, as if that were news today.',
    correction: 'Lee proposed Andong in January 2026; we now say when.',
  },
  'working-holiday-reports-reach': {
    summary:
      'We said “We have found no official notice or figures showing that second visas are being issued”, without saying how far our reports reach.',
    correction:
      'Our reports run to March 2026, and the text now says so. Every status also says it rests on reports up to 19 March 2026.',
  },
  'defence-drill-reports-reach': {
    summary:
      'We said of the joint rescue drill “We found no report that it has been held yet”, as if that were true today.',
    correction:
      'Our reports run to March 2026. We now say that in reports up to then we found none saying it has been held.',
  },
  'hydrogen-reports-reach': {
    summary:
      'We said “We have found no joint hydrogen project in our sources since”, without a date.',
    correction: 'We now say that we found none in reports up to March 2026.',
  },
  'social-body-reports-reach': {
    summary: 'We said “We have found no report of a second meeting”, as if that were true today.',
    correction: 'We now say that we found no second meeting in reports up to March 2026.',
  },
  'seafood-ban-still-in-force': {
    summary:
      'We said South Korea’s ban on seafood from eight prefectures was “in place since 2013”, as if we knew it still stands today.',
    correction:
      'The latest report we found, from February 2026, says the ban was still in force then. We now say so, with that date.',
  },
  'ishiba-office-dates': {
    summary:
      'We showed Shigeru Ishiba as the sitting prime minister (“Prime Minister of Japan, since 1 October 2024”) on his profile, the leaders page, the comparison and the deck, long after he had left office.',
    correction:
      'Ishiba announced his resignation on 7 September 2025 and left office on 21 October 2025, when Sanae Takaichi became prime minister. Every page now gives his office with both dates, and the comparison says it shows the two leaders as they were at the summit.',
  },
  'ishiba-stepped-down-when': {
    summary:
      'Ishiba’s card on the leaders page said he “stepped down two months later”, two months after the summit.',
    correction:
      'He announced his resignation on 7 September 2025, about two weeks after the summit, and left office on 21 October 2025.',
  },
  'trump-ally-wording': {
    summary: 'Donald Trump’s card called him the “ally of both countries”.',
    correction:
      'The alliance is between the countries: the United States is an ally of both Japan and South Korea.',
  },
  'ishiba-party-wording': {
    summary: 'We said Ishiba needed a diplomatic success “while his own party turned against him”.',
    correction:
      'The report speaks of “internal pressures” within his party, and we now say that he was under pressure inside his own party.',
  },
  'takaichi-office-dates': {
    summary: 'Her office read “Prime Minister of Japan from October 2025, since 21 October 2025”.',
    correction:
      'She has been prime minister since 21 October 2025. We also say the latest day one of our sources shows her in office: 19 March 2026.',
  },
  'lee-wording': {
    summary:
      'We said Tokyo “half-expected” Lee “to be cool towards Japan” and “worried that his rise would chill relations”, that he argued for closer ties “starting with his first talks with Ishiba at the G7”, and that security questions on China and North Korea “awaited” him in Washington.',
    correction:
      'The report says his rise raised “concerns” in Tokyo about a downturn in relations, and counts the G7 among the meetings where he spoke for closer ties (“including”, not “starting with”); their first talk was a phone call on 9 June 2025. The report only expected China and North Korea to come up in Washington.',
  },
  'first-talks-g7': {
    summary:
      'We called the G7 meeting in Canada the leaders’ “first talks”, did not say how South Korea took part, and said Lee used it to signal he wanted “closer ties, not a return to old quarrels”, more than the report says.',
    correction:
      'Their first talk was a phone call on 9 June 2025; 17 June at the G7 was their first meeting in person. South Korea attended as an invited guest, not a member.',
  },
  'g7-glossary-guest': {
    summary: 'The definition of the G7 said only that Lee “attended the 2025 summit in Canada”.',
    correction: 'South Korea is not a member of the G7; Lee attended as an invited guest.',
  },
  'joint-statement-not-signed': {
    summary: 'We defined a joint statement as “a text both governments sign”.',
    correction:
      'The 2025 Tokyo text was a joint press announcement, announced by both governments, not signed. The definition now says so.',
  },
  'tokyo-summit-format': {
    summary:
      'We said the leaders held “small-group talks of about an hour, then a wider meeting” and “issue the first joint statement between the two countries in 17 years”.',
    correction:
      'We found no source for the length of the small-group talks and have taken it out. The two governments announced a joint document on the results, the first in 17 years; it was not a signed statement.',
  },
  'upper-house-root': {
    summary:
      'We said the July 2025 upper-house defeat “is the root of the ‘internal pressures’ on Ishiba that the report mentions”.',
    correction:
      'The report does not say that, and the ruling coalition had already lost its lower-house majority in October 2024. That election is now on the timeline, and the July defeat is called part of the pressures.',
  },
  'yoon-removal-window': {
    summary: 'We said Yoon’s removal “set the date for the election that Lee won”.',
    correction:
      'It opened a 60-day window for a new election, as the constitution requires; the government set the date, 3 June, four days later.',
  },
  'martial-law-source': {
    summary:
      'We said the declaration plunged South Korea “into a political crisis”, citing only an early report that did not say so.',
    correction:
      'The event now says martial law was lifted about six hours later and set off a constitutional crisis, and cites a report that says so.',
  },
  'white-house-outcome': {
    summary:
      'We said Lee met Trump “with security questions on China and North Korea on the agenda”, stating the report’s expectation as fact, and cited a preview published before the meeting.',
    correction:
      'We now cite reports of the meeting and say what came of it: the two reaffirmed three-way cooperation with Japan, went over the July trade deal and shipbuilding, and Trump said he wanted to meet Kim Jong Un.',
  },
  'trump-white-house-source': {
    summary:
      'The line “Lee met him at the White House on 25 August 2025” cited only sources published before that meeting.',
    correction: 'It now cites reports of the meeting itself.',
  },
  'defence-first-step': {
    summary:
      'We called the January 2026 Yokosuka meeting “the first concrete step on the defence cooperation promised in Tokyo”.',
    correction:
      'The defence ministers had already met in Seoul on 8 September 2025, the first such visit in about ten years, and a joint rescue drill planned for November 2025 was put on hold after a dispute. Both are now on the timeline.',
  },
  'defence-evidence': {
    summary:
      'The evidence for defence cooperation left out the September 2025 meeting in Seoul and the drill put on hold in November 2025.',
    correction:
      'Both are now in the evidence and in the commitment’s history; it has been in progress since 8 September 2025.',
  },
  'working-holiday-evidence': {
    summary: 'We said we had found “no reliable report that second visas are being issued yet”.',
    correction:
      'Officials said before the summit that second visas would start in October 2025. We looked for the official notice and for figures and found neither, so the status stays Pledged and the evidence says exactly that.',
  },
  'social-body-evidence': {
    summary:
      'We rated the joint body on shared social problems delivered on the strength of the Busan statement on how it would run.',
    correction:
      'The evidence is its first meeting, in Tokyo on 29 September 2025, followed the next day by the Busan statement.',
  },
  'north-korea-source': {
    summary:
      'We cited Korea.net for the shared stance on North Korea, but the part of its report we could read does not mention it.',
    correction: 'It is now cited to KBS World’s and a wire service’s reports of the summit.',
  },
  'trade-not-a-promise': {
    summary: 'We listed trade and tariffs as a commitment made in Tokyo, rated “Pledged”.',
    correction:
      'The report’s lines on trade are its own observation, and no trade pledge was reported from the summit. It now stands below the checklist as context, not as a promise.',
  },
  'seafood-ban-is-koreas': {
    summary: 'We said the Nara summit “left Japan’s seafood import ban to officials”.',
    correction:
      'The ban is South Korea’s: since 2013 it has barred seafood from eight Japanese prefectures.',
  },
  'kishida-office-source': {
    summary:
      'Kishida’s office was cited to ¶2 of the report, which names no one, and to a 2023 page.',
    correction:
      'His term, 4 October 2021 to 1 October 2024, is now cited to reports of its start and end.',
  },
  'biden-office-source': {
    summary:
      'We called Biden a former president, citing only a 2023 page that calls him president.',
    correction:
      'His term, 20 January 2021 to 20 January 2025, is now cited to reports of his and his successor’s swearing-in.',
  },
  'headline-summary-cited': {
    summary: 'The home page’s summary under the headline carried no citation.',
    correction: 'It now cites the report and Korea.net’s account of the summit.',
  },
  'report-length': {
    summary: 'We described the source report as “about 500 words”.',
    correction: 'Its eight paragraphs run to about 430 words.',
  },
  'checked-dates': {
    summary:
      'Every reference said “checked 27 November 2026”, although several facts resting on them were not true that day.',
    correction:
      'We checked every reference again on 28 November 2026 and each now carries that date. We replaced the two we could not find again (Chosun Biz on the Tokyo summit and KBS News on Yoon’s removal) and MENAFN on Takaichi’s election, written before she took office, and moved NPR’s martial-law story to a copy we could find.',
  },
  'ishiba-joint-statement': {
    summary:
      'His profile said he “issued with him the first joint statement between the two countries in 17 years”.',
    correction:
      'The two governments announced a joint document on the results, the first of its kind in 17 years: a joint press announcement, not a signed statement.',
  },
  'home-wording': {
    summary:
      'The summary under the headline called the two countries “two neighbours with a painful past”; a takeaway said the leaders “issued the first joint statement”; and “Why it matters” said Tokyo “had feared” Lee “would let old grievances over the colonial past cool relations”.',
    correction:
      'The summary now says what happened, the takeaway says the two governments announced a joint document, and “Why it matters” says what the report says: his rise raised concerns in Tokyo about a downturn in relations.',
  },
  'colonial-rule-framing': {
    summary:
      'We said colonial rule “is why Tokyo watched a new Korean president warily, and why warm words from Lee counted”, telling it from Tokyo’s side only.',
    correction:
      'It now says why what each government says about the past is watched closely in the other country.',
  },
  'impeachment-framing': {
    summary:
      'We said the impeachment “raised fears for the relationship Yoon had warmed” in Tokyo, and quoted the report’s “controversial impeachment” without saying what the court decided.',
    correction:
      'The report says the change of leader raised concerns in Tokyo; the event now says so, and that the Constitutional Court upheld the impeachment unanimously on 4 April 2025.',
  },
  'nippon-steel-upheld': {
    summary:
      'We said South Korea’s Supreme Court “orders Nippon Steel to pay 100 million won each to four Koreans”.',
    correction:
      'The court upheld a 2013 lower-court ruling that had ordered Nippon Steel to pay them. The event now says it upholds that order.',
  },
  'export-controls-2023-steps': {
    summary:
      'We said “Japan lifted the curbs in 2023”, while Yoon’s visit to Tokyo and Fumio Kishida’s page said Japan eased them.',
    correction:
      'In 2023 Japan took two steps. From 23 March exporters no longer needed a licence for each shipment of the three chemicals. From 21 July South Korea was back on Japan’s white list. The event now says both.',
  },
  'compensation-plan-donors': {
    summary:
      'We said “The money is to come from voluntary contributions by the private sector, not from the Japanese firms”, but not who was to give.',
    correction:
      'Seoul expected Korean firms that gained from the 1965 treaty, such as the steelmaker POSCO, to give. The Japanese firms were not required to pay.',
  },
  'white-list-both-sides': {
    summary:
      'Yoon’s visit showed only Japan’s step in ending the 2019 trade row: “Japan puts South Korea back on its white list from 21 July.”',
    correction:
      'South Korea had also dropped Japan from its own white list in 2019, and put it back in April 2023. The event now says so.',
  },
  'chosei-remains-whose': {
    summary:
      'We said the leaders agreed on “DNA testing of remains from the 1942 flood at the Chōsei coal mine”, without saying whose remains they were.',
    correction:
      'The flooding of the undersea mine killed 183 people, 136 of them Korean. Lee’s security adviser said it was the first issue Takaichi raised in their talks.',
  },
  'japan-aims-abductions': {
    summary:
      'Japan’s aims, on the home page, said only that “Ishiba welcomed the start of shuttle diplomacy” and that Tokyo wanted shared views in writing.',
    correction:
      'Japan’s foreign ministry says Ishiba also asked for Lee’s continued help in quickly resolving North Korea’s abductions of Japanese citizens. The reaction now says so.',
  },
  'history-watch-yasukuni': {
    summary:
      'What to watch on the history the summit left out asked about a later joint document and “whether Lee keeps his promise”. It said nothing of Yasukuni Shrine.',
    correction:
      'It now also asks whether Takaichi visits Yasukuni as prime minister. She stayed away in October 2025. In February 2026 she said she was working towards a visit, and gave her reasons.',
  },
  'comfort-women-survivors-paid': {
    summary:
      'Our glossary said of the 2015 “comfort women” deal only that “The deal was unpopular in South Korea.” An earlier version added “and many survivors did not accept it”, which read as if most survivors refused.',
    correction:
      'Most survivors alive at the time of the deal, 34 of 47, took the fund’s payment. Some refused; they and civic groups said Japan had not accepted legal responsibility. The glossary now says both.',
  },
  'cptpp-both-positions': {
    summary:
      'Our glossary first called the CPTPP a pact “led by Japan”. It said “Japan wants it first to lift its ban on seafood”; its sources said neither. It then said only that the ban “came up at the Nara summit”.',
    correction:
      'Japan asks Seoul to lift the ban. In September 2025 South Korea’s foreign minister said lifting it was not a condition for joining. He said it would stay until Koreans’ worries were eased. The pact had 12 members in 2025.',
  },
  'lee-one-sentence': {
    summary:
      'We said Lee “called it very hard for Koreans to accept. Yet days before the Tokyo summit he said it was a promise made by the nation”, as if he had changed his mind.',
    correction:
      'Both halves come from one sentence of the same interview, given days before the summit. The event now says so.',
  },
  'dokdo-seoul-no-dispute': {
    summary:
      'The open question on the islands said “Japan claims them as Takeshima and says South Korea occupies them illegally”, but not South Korea’s full position.',
    correction:
      'South Korea’s government says the islands are its territory by history, geography and international law, and that no territorial dispute exists. The open question now says so.',
  },
  'working-holiday-october-reported': {
    summary:
      'We said the leaders agreed to allow a second working-holiday visa “from October 2025”. We also said “Officials said before the summit that second visas would start in October 2025”.',
    correction:
      'October was a plan Kyodo reported before the summit: Japanese officials said they were preparing to start then. In reports up to March 2026 we found no official notice that it began. Both places now say it was reported.',
  },
  'shuttle-resumed': {
    summary: 'We said the Tokyo summit “revived shuttle diplomacy”.',
    correction:
      'Yoon Suk Yeol and Fumio Kishida had already restarted the visits in 2023. We now say the Tokyo summit resumed them.',
  },
  'lee-interview-published': {
    summary:
      'We dated Lee’s words “cannot be overturned” 23 August 2025, as if that were the day he said them.',
    correction:
      'That is the day the interview was published, hours before the summit talks; the day he gave it is not reported. The quote now says it was published then.',
  },
  'sankei-piece-not-editorial': {
    summary:
      'We called the Sankei’s piece on the summit “An editorial on its English-language site”.',
    correction:
      'Its byline is not shown, and we could not confirm it is the paper’s editorial. We now call it a piece on JAPAN Forward, the Sankei’s English-language site.',
  },
} as const satisfies Record<CorrectionId, UpdateWording>;
