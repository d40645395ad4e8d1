import { ref } from './cite';
import { day } from './dates';
import type { Quote, Speaker } from './types';

const presidentLee = {
  name: 'Lee Jae Myung',
  role: 'President of South Korea',
  person: 'lee-jae-myung',
  country: 'south-korea',
} as const satisfies Speaker;

const primeMinisterIshiba = {
  name: 'Shigeru Ishiba',
  role: 'Prime Minister of Japan',
  person: 'shigeru-ishiba',
  country: 'japan',
} as const satisfies Speaker;

/** The leaders' and others' own words, short and exact; each cited where it was printed. */
export const quotes = [
  {
    id: 'lee-2023-humiliation',
    speaker: {
      name: 'Lee Jae Myung',
      role: 'then leader of the opposition Democratic Party',
      person: 'lee-jae-myung',
      country: 'south-korea',
    },
    words: 'the biggest humiliation and stain in diplomatic history',
    translatedBy: 'Yonhap News Agency',
    original: {
      language: 'ko',
      // The part Yonhap's English translates; the full sentence also likens the plan to the 1637
      // surrender at Samjeondo, which the English leaves out.
      words: '외교사 최대의 치욕이자 오점',
    },
    said: day('2023-03-06'),
    where:
      'at a party meeting, on the Yoon government’s plan to have a Korean foundation pay forced-labour victims instead of the Japanese firms',
    citations: [ref('yonhap-lee-humiliation'), ref('mbc-lee-humiliation')],
  },
  {
    id: 'lee-promise-as-a-nation',
    speaker: presidentLee,
    words:
      'For South Korean people, that agreement by the previous administration is very difficult to accept, but it is a promise as a nation, so it is undesirable to overturn it',
    translatedBy: 'Reuters, from the Yomiuri Shimbun’s report',
    said: day('2025-08-19'),
    where:
      'in an interview with the Yomiuri Shimbun in Seoul, published on 21 August 2025, about the 2015 “comfort women” agreement',
    citations: [ref('japantoday-lee-keeps-pact')],
  },
  {
    id: 'lee-cannot-be-overturned',
    speaker: presidentLee,
    words: 'cannot be overturned',
    translatedBy: 'Not named; as printed by The Japan Times',
    // The day the interview was published; the day Lee gave it is not reported.
    said: day('2025-08-23'),
    where:
      'in an interview with several Japanese media outlets about agreements on history made by earlier governments, published hours before the summit talks',
    citations: [ref('japan-times-lee-joint-interview')],
  },
  {
    id: 'lee-sincere-trust',
    speaker: presidentLee,
    words:
      'will mark the beginning of a new path toward building sincere trust between the two countries',
    translatedBy: 'The Yomiuri Shimbun (The Japan News)',
    said: day('2025-08-23'),
    where:
      'at the joint press conference with Ishiba in Tokyo, on what he hoped his visit would do',
    citations: [ref('japan-news-summit-analysis')],
  },
  {
    id: 'ishiba-remorse',
    speaker: primeMinisterIshiba,
    words:
      'We must once again deeply inscribe the remorse and lessons from that war into our hearts',
    translatedBy: 'The Yomiuri Shimbun (The Japan News)',
    original: {
      language: 'ja',
      words: 'あの戦争の反省と教訓を、今改めて深く胸に刻まねばなりません',
    },
    said: day('2025-08-15'),
    where:
      'at Japan’s memorial for its war dead, 80 years after the war ended: the first prime minister in 13 years to say “remorse” there',
    citations: [ref('japan-news-ishiba-remorse'), ref('tbs-ishiba-remorse')],
  },
  {
    id: 'ishiba-shuttle-welcome',
    speaker: primeMinisterIshiba,
    words: 'I welcome the start of shuttle diplomacy between our two countries through this visit.',
    translatedBy: 'Prime Minister’s Office of Japan (provisional translation)',
    said: day('2025-08-23'),
    where: 'at the joint press occasion with Lee in Tokyo',
    citations: [ref('kantei-tokyo-remarks')],
  },
  {
    id: 'ishiba-difficult-issues',
    speaker: primeMinisterIshiba,
    words:
      'Nevertheless, as neighboring countries, difficult issues do exist, and we will continue to pursue consistent policies.',
    translatedBy: 'Prime Minister’s Office of Japan (provisional translation)',
    said: day('2025-08-23'),
    where: 'at the joint press occasion with Lee in Tokyo',
    citations: [ref('kantei-tokyo-remarks')],
  },
  {
    id: 'ishiba-hand-in-hand',
    speaker: primeMinisterIshiba,
    words: 'I hope we can move forward toward a better future hand in hand',
    translatedBy: 'Jiji Press',
    said: day('2025-08-23'),
    where: 'at the joint press conference with Lee in Tokyo',
    citations: [ref('jiji-forward-looking-ties')],
  },
  {
    id: 'lee-front-yard',
    speaker: presidentLee,
    words: 'a neighbor sharing the same front yard',
    translatedBy: 'Asia Today',
    original: { language: 'ko', words: '앞마당을 함께 쓰는 이웃' },
    said: day('2025-08-23'),
    where: 'describing Japan at the joint press announcement in Tokyo',
    citations: [ref('asiatoday-front-yard'), ref('kmib-tokyo-remarks')],
  },
  {
    id: 'korean-council-repeating-mistakes',
    speaker: {
      name: 'Korean Council for Justice and Remembrance',
      role: 'civic group for the women forced into Japan’s wartime military brothels, the “comfort women”',
      country: 'south-korea',
    },
    words: 'repeating the mistakes of past administrations',
    translatedBy: 'KBS World',
    said: day('2025-08-21'),
    where: 'after Lee told the Yomiuri Shimbun he would keep the 2015 “comfort women” agreement',
    citations: [ref('kbs-world-civic-groups-interview')],
  },
] as const satisfies readonly Quote<string>[];

export type QuoteId = (typeof quotes)[number]['id'];
