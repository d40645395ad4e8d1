import { ref, report } from './cite';
import type { QuizQuestion } from './types';

// The self-check quiz. Dates, names and statuses are read from the content by id; the reasons
// and evidence are written here from the items each choice names in `from`. The choices are in no
// order that gives the answer away: the quiz shuffles them in the browser on every attempt.

/** A self-check quiz: fewer than half its questions ask only to remember a fact. */
export const quiz = [
  {
    id: 'summit-date',
    prompt: 'When did Lee Jae Myung and Shigeru Ishiba hold their summit in Tokyo?',
    skill: 'recall',
    kind: 'date',
    about: { kind: 'event', id: 'tokyo-summit' },
    choices: [
      {
        kind: 'date',
        event: 'g7-kananaskis',
        why: 'That is the day the two leaders first met in person, at the G7 in Canada.',
      },
      {
        kind: 'date',
        event: 'white-house-summit',
        why: 'That is the day Lee met Trump at the White House, two days after Tokyo.',
      },
      {
        kind: 'date',
        event: 'tokyo-summit',
        isAnswer: true,
        why: 'Ishiba hosted Lee at his official residence, and the two governments issued their first joint document in 17 years.',
      },
      {
        kind: 'date',
        event: 'busan-summit',
        why: 'That is the day Ishiba returned the visit, in Busan, five weeks after Tokyo.',
      },
    ],
    citations: [
      report(2),
      ref('korea-net-tokyo-summit'),
      ref('korea-net-white-house'),
      ref('joongang-busan-summit'),
    ],
  },
  {
    id: 'first-meeting',
    prompt: 'Where did Lee and Ishiba first meet in person?',
    skill: 'recall',
    kind: 'place',
    about: { kind: 'event', id: 'g7-kananaskis' },
    choices: [
      {
        kind: 'place',
        label: 'Kananaskis, Canada',
        from: { kind: 'event', id: 'g7-kananaskis' },
        isAnswer: true,
        why: 'They met on the sidelines of the G7 summit there in June 2025, two months before Tokyo.',
      },
      {
        kind: 'place',
        label: 'Busan, South Korea',
        from: { kind: 'event', id: 'busan-summit' },
        why: 'Ishiba went there after the Tokyo summit, to return Lee’s visit.',
      },
      {
        kind: 'place',
        label: 'Camp David, United States',
        from: { kind: 'event', id: 'camp-david-summit' },
        why: 'That was the 2023 summit of their predecessors, Yoon and Kishida, with Joe Biden.',
      },
      {
        kind: 'place',
        label: 'Gyeongju, South Korea',
        from: { kind: 'event', id: 'gyeongju-summit' },
        why: 'Lee met Ishiba’s successor, Sanae Takaichi, there, after Ishiba had left office.',
      },
    ],
    citations: [
      report(5),
      ref('kbs-g7-meeting'),
      ref('kocis-camp-david'),
      ref('jiji-gyeongju-summit'),
    ],
  },
  {
    id: 'order-of-visits',
    prompt: 'Lee went to Tokyo before Washington. Why did the order of his visits matter?',
    skill: 'reason',
    kind: 'reason',
    about: { kind: 'event', id: 'lee-leaves-tokyo' },
    choices: [
      {
        kind: 'reason',
        label: 'It was the first time the two leaders met, so it set the tone.',
        from: { kind: 'event', id: 'g7-kananaskis' },
        why: 'They had already met in June 2025, at the G7 in Canada.',
      },
      {
        kind: 'reason',
        label: 'It showed that Seoul now put Japan ahead of the United States.',
        from: { kind: 'event', id: 'white-house-summit' },
        why: 'Two days later Lee was in Washington, where he and Trump reaffirmed three-way cooperation with Japan.',
      },
      {
        kind: 'reason',
        label: 'Lee wanted a trade deal with Japan before he talked tariffs with Trump.',
        from: { kind: 'checklist-note', id: 'trade-and-tariffs' },
        why: 'No trade pledge was reported from Tokyo. The leaders only compared notes on their own tariff deals with Washington.',
      },
      {
        kind: 'reason',
        label: 'Japanese officials took it as a gesture of goodwill.',
        from: { kind: 'event', id: 'lee-leaves-tokyo' },
        isAnswer: true,
        why: 'Lee’s rise had raised concerns in Tokyo about where relations would go. Coming to Japan first was read there as goodwill.',
      },
    ],
    citations: [
      report(5),
      report(6),
      ref('korea-net-white-house'),
      ref('joongang-tokyo-trade-tips'),
    ],
  },
  {
    id: 'shuttle-evidence',
    prompt: 'Which piece of evidence best supports calling shuttle diplomacy delivered?',
    skill: 'evidence',
    kind: 'evidence',
    about: { kind: 'commitment', id: 'shuttle-diplomacy' },
    choices: [
      {
        kind: 'evidence',
        label: 'Lee proposed his home town, Andong, for the next summit.',
        from: { kind: 'event', id: 'andong-proposal' },
        why: 'A proposal is a plan, not a visit that has happened.',
      },
      {
        kind: 'evidence',
        label: 'Ishiba went to Busan five weeks after Tokyo to return Lee’s visit.',
        from: { kind: 'event', id: 'busan-summit' },
        isAnswer: true,
        why: 'The promise was that the leaders would visit each other often. A visit returned within weeks is that promise kept.',
      },
      {
        kind: 'evidence',
        label: 'Lee and Takaichi met briefly at the G20 in Johannesburg.',
        from: { kind: 'event', id: 'g20-johannesburg' },
        why: 'A short, informal meeting at a summit of many countries is not a visit to each other’s country.',
      },
      {
        kind: 'evidence',
        label: 'The defence ministers met in Seoul and agreed to visit each other.',
        from: { kind: 'event', id: 'defence-ministers-seoul' },
        why: 'That is evidence for defence cooperation. Shuttle diplomacy is about visits between the leaders themselves.',
      },
    ],
    citations: [
      ref('joongang-busan-summit'),
      ref('jiji-andong-remark'),
      ref('segye-g20-meeting'),
      ref('jiji-defence-seoul'),
    ],
  },
  {
    id: 'working-holiday-compare',
    prompt:
      'We rate shuttle diplomacy delivered, but the working-holiday promise only pledged. What explains the difference?',
    skill: 'compare',
    kind: 'reason',
    about: { kind: 'commitment', id: 'working-holiday' },
    choices: [
      {
        kind: 'reason',
        label: 'Japan has refused to issue anyone a second visa.',
        from: { kind: 'commitment', id: 'working-holiday' },
        why: 'No source reports a refusal. What is missing is proof that the second visas have started.',
      },
      {
        kind: 'reason',
        label: 'Shuttle diplomacy had a head start: Yoon and Kishida restarted it in 2023.',
        from: { kind: 'event', id: 'yoon-in-tokyo-2023' },
        why: 'True, but both promises are rated on what happened after the Tokyo summit.',
      },
      {
        kind: 'reason',
        label:
          'Return visits have taken place, but in reports up to March 2026 we found no sign that second visas are being issued.',
        from: { kind: 'commitment', id: 'working-holiday' },
        isAnswer: true,
        why: 'Kyodo reported that officials planned to start second visas in October 2025. In reports up to March 2026 we found no notice or figures showing them issued.',
      },
      {
        kind: 'reason',
        label: 'Officials said second visas would only start in 2027.',
        from: { kind: 'commitment', id: 'working-holiday' },
        why: 'Kyodo reported a plan to start them in October 2025. The gap is that, in reports up to March 2026, we found no sign they did.',
      },
    ],
    citations: [
      ref('kyodo-working-holiday-october'),
      ref('japantoday-working-holiday'),
      ref('joongang-busan-summit'),
      ref('yonhap-jp-shuttle-2023'),
    ],
  },
  {
    id: 'predecessor',
    prompt: 'Whose removal from office led to the snap election that Lee won?',
    skill: 'recall',
    kind: 'person',
    about: { kind: 'person', id: 'yoon-suk-yeol' },
    choices: [
      {
        kind: 'person',
        person: 'fumio-kishida',
        why: 'He was Japan’s prime minister, and he left office when Ishiba took over in October 2024.',
      },
      {
        kind: 'person',
        person: 'shigeru-ishiba',
        why: 'He was Japan’s prime minister, and he stayed in office until October 2025.',
      },
      {
        kind: 'person',
        person: 'joe-biden',
        why: 'He was president of the United States, not South Korea, and his term ended in January 2025.',
      },
      {
        kind: 'person',
        person: 'yoon-suk-yeol',
        isAnswer: true,
        why: 'He declared martial law in December 2024 and was impeached. The Constitutional Court removed him in April 2025.',
      },
    ],
    citations: [
      ref('npr-martial-law'),
      ref('devdiscourse-impeachment'),
      ref('devdiscourse-yoon-ousted'),
      ref('yomiuri-ishiba-named'),
      ref('livedoor-ishiba-cabinet-resigns'),
    ],
  },
  {
    id: 'nara-host',
    prompt: 'Who hosted Lee for a summit in Nara in January 2026?',
    skill: 'recall',
    kind: 'person',
    about: { kind: 'person', id: 'sanae-takaichi' },
    choices: [
      {
        kind: 'person',
        person: 'shigeru-ishiba',
        why: 'He hosted Lee in Tokyo, but he had left office in October 2025.',
      },
      {
        kind: 'person',
        person: 'sanae-takaichi',
        isAnswer: true,
        why: 'She became prime minister in October 2025 and kept up shuttle diplomacy. Nara is her home prefecture.',
      },
      {
        kind: 'person',
        person: 'fumio-kishida',
        why: 'He was prime minister before Ishiba, until October 2024. In 2023 he hosted Yoon in Tokyo.',
      },
    ],
    citations: [
      ref('yomiuri-takaichi-elected'),
      ref('joongang-nara-visit'),
      ref('kantei-nara-remarks'),
      ref('kantei-yoon-kishida-2023'),
    ],
  },
  {
    id: 'lee-on-past-deals',
    prompt:
      'As opposition leader, Lee attacked the 2023 plan on forced-labour damages. As president, what did he say of the 2015 “comfort women” deal?',
    skill: 'compare',
    kind: 'statement',
    about: { kind: 'event', id: 'comfort-women-agreement' },
    choices: [
      {
        kind: 'statement',
        label:
          'It was hard to accept, but a promise made by the nation that should not be overturned.',
        from: { kind: 'event', id: 'comfort-women-agreement' },
        isAnswer: true,
        why: 'He told the Yomiuri Shimbun this days before the summit, and kept the deal.',
      },
      {
        kind: 'statement',
        label: 'It was “the biggest humiliation and stain in diplomatic history”.',
        from: { kind: 'event', id: 'compensation-plan-2023' },
        why: 'Those were his words in 2023, as opposition leader, about the plan for forced-labour damages.',
      },
      {
        kind: 'statement',
        label: 'Keeping it would be “repeating the mistakes of past administrations”.',
        from: { kind: 'page', id: 'home' },
        why: 'A civic group for the “comfort women” said that, criticising Lee for keeping the deal.',
      },
      {
        kind: 'statement',
        label: 'It was void, and Japan must negotiate a new one.',
        from: { kind: 'event', id: 'comfort-women-deal-review' },
        why: 'He said the opposite. Even in 2018, Seoul chose not to ask Japan to renegotiate.',
      },
    ],
    citations: [
      ref('japantoday-lee-keeps-pact'),
      ref('yonhap-lee-humiliation'),
      ref('kbs-world-civic-groups-interview'),
      ref('kmib-no-renegotiation'),
    ],
  },
  {
    id: 'defence-status',
    prompt: 'Weigh the evidence: where does the promise to deepen defence cooperation stand?',
    skill: 'evidence',
    kind: 'status',
    about: { kind: 'commitment', id: 'defence-cooperation' },
    choices: [
      {
        kind: 'status',
        status: 'stalled',
        why: 'South Korea put off a joint drill in November 2025, but in January 2026 the ministers agreed to hold it.',
      },
      {
        kind: 'status',
        status: 'delivered',
        why: 'Not yet: in reports up to March 2026 we found none saying the joint search-and-rescue drill has been held.',
      },
      {
        kind: 'status',
        status: 'pledged',
        why: 'Later steps are reported: the defence ministers met in Seoul and in Yokosuka.',
      },
      {
        kind: 'status',
        status: 'in-progress',
        isAnswer: true,
        why: 'The ministers have met twice and agreed on yearly visits and a joint drill, but the drill has not been reported held.',
      },
    ],
    citations: [ref('jiji-defence-seoul'), ref('sbs-rescue-drill-off'), ref('jiji-defence-chiefs')],
  },
] as const satisfies readonly QuizQuestion<string>[];

/** The id of a quiz question. */
export type QuizQuestionId = (typeof quiz)[number]['id'];
