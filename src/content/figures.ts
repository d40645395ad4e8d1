import { ref, report } from './cite';
import { range } from './dates';
import type { KeyFigure, Poll } from './types';

/** The numbers that put the story in proportion, each for its year and with its source. */
export const keyFigures = [
  {
    id: 'trade-2024',
    label: 'Goods traded between Japan and South Korea',
    value: 77_200_000_000,
    unit: 'us-dollars',
    year: 2024,
    note: 'Korean figures, from the Korea International Trade Association: about US$77.2 billion, up from US$76.6 billion in 2023. Japan made up 5.9% of South Korea’s trade, and South Korea 5.4% of Japan’s. We did not find how much went each way.',
    citations: [ref('asiae-trade-60-years'), ref('kmib-trade-2024'), ref('joongang-trade-2023')],
  },
  {
    id: 'koreans-to-japan-2024',
    label: 'Visitors from South Korea to Japan',
    value: 8_817_800,
    unit: 'people',
    year: 2024,
    note: 'More visitors came to Japan from South Korea than from anywhere else.',
    citations: [ref('hankyung-visitors-2024'), ref('japantoday-working-holiday')],
  },
  {
    id: 'japanese-to-korea-2024',
    label: 'Visitors from Japan to South Korea',
    value: 3_224_079,
    unit: 'people',
    year: 2024,
    note: 'With travel the other way, about 12 million trips were made between the two countries that year.',
    citations: [ref('hankyung-visitors-2024')],
  },
  {
    id: 'koreans-to-japan-2025',
    label: 'Visitors from South Korea to Japan',
    value: 9_459_600,
    unit: 'people',
    year: 2025,
    note: 'Up 7.3% on 2024, a record. South Korea was Japan’s biggest source of visitors for the fourth year running.',
    citations: [ref('yomiuri-visitors-to-japan-2025'), ref('korea-daily-visitors-2025')],
  },
  {
    id: 'japanese-to-korea-2025',
    label: 'Visitors from Japan to South Korea',
    value: 3_653_000,
    unit: 'people',
    year: 2025,
    note: 'About 3.65 million, up 13.3% on 2024, as announced by the Korea Tourism Organization. Trips both ways passed 13 million, the most on record.',
    citations: [ref('yomiuri-visitors-to-korea-2025'), ref('aju-visitors-to-korea-2025')],
  },
  {
    id: 'working-holiday-cap',
    label: 'Yearly cap on Japan’s working-holiday visas for South Koreans',
    value: 10_000,
    unit: 'visas',
    year: 2024,
    note: 'A limit, not a count: the two governments raised it from 7,200 to 10,000 a year in 2011. Until the Tokyo summit a person could get the visa only once. The leaders agreed to allow a second one; Kyodo reported beforehand that it was to start in October 2025.',
    citations: [
      ref('embassy-working-holiday'),
      ref('hankyung-working-holiday-cap'),
      ref('japantoday-working-holiday'),
      ref('kyodo-working-holiday-october'),
    ],
  },
  {
    id: 'working-holiday-visas-2024',
    label: 'Working-holiday visas Japan issued to South Koreans',
    value: 7_444,
    unit: 'visas',
    year: 2024,
    note: 'Japan’s count. South Koreans got more of Japan’s 21,963 working-holiday visas than any other nationality. We found no matching count of Korean visas issued to Japanese.',
    citations: [ref('jiji-working-holiday')],
  },
  {
    id: 'us-troops-south-korea',
    label: 'US troops based in South Korea',
    value: 28_500,
    unit: 'troops',
    year: 2025,
    note: 'The number Yonhap and the US Congress use. The US defence bill passed by Congress in December 2025 bars spending its money on cutting below it. JAPAN Forward gives about 28,000.',
    citations: [
      ref('yonhap-us-troops-korea'),
      ref('seoul-shinmun-us-troops-korea'),
      ref('japan-forward-us-forces'),
    ],
  },
  {
    id: 'us-troops-japan',
    label: 'US troops based in Japan',
    value: 54_000,
    unit: 'troops',
    year: 2024,
    note: 'Counts differ with what is included, such as ships at sea: JAPAN Forward puts US forces in Japan at about 60,000 in 2025. The report counts about 80,000 US troops in Japan and South Korea together.',
    citations: [ref('politico-us-troops-japan'), ref('japan-forward-us-forces'), report(7)],
  },
] as const satisfies readonly KeyFigure<string>[];

export type FigureId = (typeof keyFigures)[number]['id'];

/** How people in each country see the other: the joint surveys, with their fieldwork dates. */
export const polls = [
  {
    id: 'yomiuri-hankook-2025',
    pollster: 'The Yomiuri Shimbun (Japan) and the Hankook Ilbo (South Korea)',
    fieldwork: range(
      { precision: 'day', day: '2025-06-13' },
      { precision: 'day', day: '2025-06-15' },
    ),
    answer: 'say relations between the two countries are good',
    results: [
      { country: 'japan', percent: 52, previous: { year: 2024, percent: 50 } },
      { country: 'south-korea', percent: 55, previous: { year: 2024, percent: 42 } },
    ],
    reading:
      'For the first time since the poll began in 1995, most South Koreans called relations good. In Japan, just over half did.',
    citations: [ref('japan-news-joint-poll-2025'), ref('news1-joint-poll-2025')],
  },
  {
    id: 'eai-2025',
    pollster:
      'The East Asia Institute (South Korea), with Japan’s Asia Pacific Initiative and the Korea Economic Institute of America',
    fieldwork: { precision: 'month', year: 2025, month: 8 },
    answer: 'have a good impression of the other country',
    results: [
      { country: 'japan', percent: 24.8 },
      { country: 'south-korea', percent: 52.4, previous: { year: 2024, percent: 41.8 } },
    ],
    reading:
      'Views moved apart: a record share of South Koreans thought well of Japan, but the Japanese share was the lowest since 2019.',
    citations: [ref('herald-eai-survey-2025'), ref('donga-eai-survey-2025')],
  },
  {
    id: 'cabinet-office-2024',
    pollster: 'Japan’s Cabinet Office',
    fieldwork: range(
      { precision: 'day', day: '2024-10-17' },
      { precision: 'day', day: '2024-11-24' },
    ),
    answer: 'feel close to South Korea',
    results: [{ country: 'japan', percent: 56.3, previous: { year: 2023, percent: 52.8 } }],
    reading:
      'A Japanese government survey of people in Japan only: more than half felt close to South Korea, and 72.6% of those under 30 did.',
    citations: [ref('jiji-cabinet-office-2024')],
  },
] as const satisfies readonly Poll<string>[];

export type PollId = (typeof polls)[number]['id'];
