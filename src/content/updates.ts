import { ref, report } from './cite';
import { events } from './events';
import type { IsoDay, Update } from './types';

/** The review of 28 November 2026: every fact re-checked against its sources. */
const review: IsoDay = '2026-11-28';

/** Events this review added to the timeline, each logged with the sources that back it. */
const addedEvents = [
  'lower-house-2024',
  'first-phone-call',
  'defence-ministers-seoul',
  'social-body-first-meeting',
  'rescue-drill-postponed',
  'g20-johannesburg',
  'andong-proposal',
  'japan-election-2026',
  'march-first-speech',
];

const eventAdded = (id: string): Update => ({
  id: `added-${id}`,
  date: review,
  kind: 'event',
  item: { kind: 'event', id },
  citations: events.find((e) => e.id === id)?.citations ?? [],
});

/** The corrections, by id; what was wrong and what is right are worded in updateWording.ts. */
export const corrections = [
  {
    id: 'ishiba-office-dates',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'shigeru-ishiba' },
    citations: [
      ref('jiji-ishiba-resigns'),
      ref('livedoor-ishiba-cabinet-resigns'),
      ref('yomiuri-takaichi-elected'),
    ],
  },
  {
    id: 'ishiba-party-wording',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'shigeru-ishiba' },
    citations: [report(6)],
  },
  {
    id: 'takaichi-office-dates',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'sanae-takaichi' },
    citations: [ref('yomiuri-takaichi-elected'), ref('dw-takaichi-trump')],
  },
  {
    id: 'lee-wording',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'lee-jae-myung' },
    citations: [report(5), report(8), ref('japan-news-first-call')],
  },
  {
    id: 'first-talks-g7',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'g7-kananaskis' },
    citations: [ref('japan-news-first-call'), ref('kbs-g7-kananaskis'), ref('hankyung-g7-guest')],
  },
  {
    id: 'g7-glossary-guest',
    date: review,
    kind: 'correction',
    item: { kind: 'term', id: 'g7' },
    citations: [ref('hankyung-g7-guest')],
  },
  {
    id: 'joint-statement-not-signed',
    date: review,
    kind: 'correction',
    item: { kind: 'term', id: 'joint-statement' },
    citations: [ref('kbs-tokyo-joint-announcement')],
  },
  {
    id: 'tokyo-summit-format',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'tokyo-summit' },
    citations: [ref('kbs-world-tokyo-summit'), ref('kbs-tokyo-joint-announcement')],
  },
  {
    id: 'upper-house-root',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'upper-house-election' },
    citations: [report(6), ref('yomiuri-lower-house-2024'), ref('yomiuri-upper-house-2025')],
  },
  {
    id: 'yoon-removal-window',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'yoon-removed' },
    citations: [ref('devdiscourse-yoon-ousted'), ref('kbs-election-date-set')],
  },
  {
    id: 'martial-law-source',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'yoon-martial-law' },
    citations: [ref('npr-martial-law'), ref('devdiscourse-impeachment-push')],
  },
  {
    id: 'white-house-outcome',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'white-house-summit' },
    citations: [ref('korea-net-white-house'), ref('joongang-white-house')],
  },
  {
    id: 'trump-white-house-source',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'donald-trump' },
    citations: [ref('korea-net-white-house'), ref('joongang-white-house')],
  },
  {
    id: 'defence-first-step',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'defence-chiefs-yokosuka' },
    citations: [ref('jiji-defence-seoul'), ref('jiji-rescue-drill-off')],
  },
  {
    id: 'defence-evidence',
    date: review,
    kind: 'correction',
    item: { kind: 'commitment', id: 'defence-cooperation' },
    citations: [ref('jiji-defence-seoul'), ref('sbs-rescue-drill-off')],
  },
  {
    id: 'working-holiday-evidence',
    date: review,
    kind: 'correction',
    item: { kind: 'commitment', id: 'working-holiday' },
    citations: [ref('kyodo-working-holiday-october'), ref('japantoday-working-holiday')],
  },
  {
    id: 'social-body-evidence',
    date: review,
    kind: 'correction',
    item: { kind: 'commitment', id: 'shared-social-problems' },
    citations: [ref('mofa-social-body-first-meeting'), ref('aju-social-body-first-meeting')],
  },
  {
    id: 'north-korea-source',
    date: review,
    kind: 'correction',
    item: { kind: 'commitment', id: 'north-korea-stance' },
    citations: [ref('kbs-world-tokyo-summit'), ref('perthnow-tokyo-summit')],
  },
  {
    id: 'trade-not-a-promise',
    date: review,
    kind: 'correction',
    item: { kind: 'checklist-note', id: 'trade-and-tariffs' },
    citations: [report(7), ref('joongang-tokyo-trade-tips')],
  },
  {
    id: 'seafood-ban-is-koreas',
    date: review,
    kind: 'correction',
    item: { kind: 'checklist-note', id: 'trade-and-tariffs' },
    citations: [ref('sbs-seafood-ban'), ref('chosun-online-seafood')],
  },
  {
    id: 'kishida-office-source',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'fumio-kishida' },
    citations: [ref('bbc-kishida-takes-office'), ref('yomiuri-ishiba-named')],
  },
  {
    id: 'biden-office-source',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'joe-biden' },
    citations: [ref('whas-biden-sworn-in'), ref('newser-trump-sworn-in')],
  },
  {
    id: 'headline-summary-cited',
    date: review,
    kind: 'correction',
    item: { kind: 'page', id: 'home' },
    citations: [report(1), report(4), report(6), ref('korea-net-tokyo-summit')],
  },
  {
    id: 'report-length',
    date: review,
    kind: 'correction',
    item: { kind: 'page', id: 'sources' },
    citations: [report(1), report(8)],
  },
  {
    id: 'checked-dates',
    date: review,
    kind: 'correction',
    item: { kind: 'page', id: 'sources' },
    citations: [
      ref('kbs-world-tokyo-summit'),
      ref('devdiscourse-yoon-ousted'),
      ref('yomiuri-takaichi-elected'),
      ref('npr-martial-law'),
    ],
  },
  {
    id: 'ishiba-joint-statement',
    date: review,
    kind: 'correction',
    item: { kind: 'person', id: 'shigeru-ishiba' },
    citations: [ref('kbs-tokyo-joint-announcement')],
  },
  {
    id: 'home-wording',
    date: review,
    kind: 'correction',
    item: { kind: 'page', id: 'home' },
    citations: [report(5), ref('kbs-tokyo-joint-announcement')],
  },
  {
    id: 'colonial-rule-framing',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'colonial-rule' },
    citations: [report(5)],
  },
  {
    id: 'impeachment-framing',
    date: review,
    kind: 'correction',
    item: { kind: 'event', id: 'yoon-impeached' },
    citations: [report(5), ref('kbs-yoon-ruling-unanimous')],
  },
] as const satisfies readonly Update[];

/** The id of a correction. */
export type CorrectionId = (typeof corrections)[number]['id'];

/** Every change to the explainer, in any order: the updates page sorts them, newest first. */
export const updates: readonly Update[] = [...addedEvents.map(eventAdded), ...corrections];
