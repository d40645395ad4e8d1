import { ref, report } from './cite';
import { events, type EventId } from './events';
import type { Citation, ContentRef, IsoDay, Update } from './types';

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
  'comfort-women-agreement',
  'comfort-women-deal-review',
  'forced-labour-rulings-2018',
  'healing-foundation-closed',
  'export-controls-2019',
  'gsomia-crisis',
  'compensation-plan-2023',
  'yoon-in-tokyo-2023',
  'sado-memorial-2025',
  'forced-labour-rulings-2025',
  'takeshima-day-2026',
] as const satisfies readonly EventId[];

const eventAdded = <Id extends EventId>(id: Id) =>
  ({
    id: `added-${id}`,
    date: review,
    kind: 'event',
    item: { kind: 'event', id },
    citations: events.find((e) => e.id === id)?.citations ?? [],
  }) as const satisfies Update<`added-${Id}`>;

/** A correction made in this review; its words (what was wrong, what is right) are in updateWording.ts. */
const corrected = <Id extends string>(id: Id, item: ContentRef, ...citations: Citation[]) =>
  ({ id, date: review, kind: 'correction', item, citations }) as const satisfies Update<Id>;

/** The corrections, by id. */
export const corrections = [
  corrected(
    'treaty-normalised-ties',
    { kind: 'event', id: 'basic-relations-treaty' },
    ref('japanpitt-1965-treaty'),
  ),
  corrected(
    'ishiba-seat-left-out',
    { kind: 'person', id: 'shigeru-ishiba' },
    ref('tbs-ishiba-first-elected'),
    ref('fnn-ishiba-14th-win'),
  ),
  corrected(
    'lee-seat-left-out',
    { kind: 'person', id: 'lee-jae-myung' },
    ref('hankook-lee-by-election'),
    ref('kyeongin-lee-reelected-2024'),
    ref('edaily-lee-resigns-seat'),
  ),
  corrected(
    'home-first-before-us',
    { kind: 'page', id: 'home' },
    ref('japan-news-lee-arrives-first'),
    ref('joongang-jp-japan-before-us'),
    report(6),
  ),
  corrected(
    'home-liberation-day-ask',
    { kind: 'page', id: 'home' },
    ref('asiatoday-partner-reflection'),
    ref('jiji-lee-liberation-day'),
  ),
  corrected(
    'home-repeats-and-length',
    { kind: 'page', id: 'home' },
    report(1),
    report(3),
    report(8),
    ref('asiatoday-front-yard'),
    ref('kantei-tokyo-remarks'),
  ),
  corrected(
    'home-turning-points-1998',
    { kind: 'page', id: 'home' },
    ref('japan-times-1998-declaration'),
    ref('korea-net-tokyo-summit'),
  ),
  corrected(
    'home-dated-by-summit',
    { kind: 'page', id: 'home' },
    report(1),
    ref('chosun-online-seafood'),
  ),
  corrected(
    'shuttle-andong-when',
    { kind: 'commitment', id: 'shuttle-diplomacy' },
    ref('jiji-andong-remark'),
    ref('tbc-andong-remark'),
  ),
  corrected(
    'working-holiday-reports-reach',
    { kind: 'commitment', id: 'working-holiday' },
    ref('kyodo-working-holiday-october'),
  ),
  corrected(
    'defence-drill-reports-reach',
    { kind: 'commitment', id: 'defence-cooperation' },
    ref('jiji-defence-chiefs'),
    ref('kookbang-yokosuka'),
  ),
  corrected(
    'hydrogen-reports-reach',
    { kind: 'commitment', id: 'ai-and-hydrogen' },
    ref('kbs-busan-ai-hydrogen'),
  ),
  corrected(
    'social-body-reports-reach',
    { kind: 'commitment', id: 'shared-social-problems' },
    ref('mofa-social-body-first-meeting'),
  ),
  corrected(
    'seafood-ban-still-in-force',
    { kind: 'checklist-note', id: 'trade-and-tariffs' },
    ref('chosun-online-seafood'),
  ),
  corrected(
    'ishiba-office-dates',
    { kind: 'person', id: 'shigeru-ishiba' },
    ref('jiji-ishiba-resigns'),
    ref('livedoor-ishiba-cabinet-resigns'),
    ref('yomiuri-takaichi-elected'),
  ),
  corrected('ishiba-party-wording', { kind: 'person', id: 'shigeru-ishiba' }, report(6)),
  corrected(
    'takaichi-office-dates',
    { kind: 'person', id: 'sanae-takaichi' },
    ref('yomiuri-takaichi-elected'),
    ref('dw-takaichi-trump'),
  ),
  corrected(
    'lee-wording',
    { kind: 'person', id: 'lee-jae-myung' },
    report(5),
    report(8),
    ref('japan-news-first-call'),
  ),
  corrected(
    'first-talks-g7',
    { kind: 'event', id: 'g7-kananaskis' },
    ref('japan-news-first-call'),
    ref('kbs-g7-kananaskis'),
    ref('hankyung-g7-guest'),
  ),
  corrected('g7-glossary-guest', { kind: 'term', id: 'g7' }, ref('hankyung-g7-guest')),
  corrected(
    'joint-statement-not-signed',
    { kind: 'term', id: 'joint-statement' },
    ref('kbs-tokyo-joint-announcement'),
  ),
  corrected(
    'tokyo-summit-format',
    { kind: 'event', id: 'tokyo-summit' },
    ref('kbs-world-tokyo-summit'),
    ref('kbs-tokyo-joint-announcement'),
  ),
  corrected(
    'upper-house-root',
    { kind: 'event', id: 'upper-house-election' },
    report(6),
    ref('yomiuri-lower-house-2024'),
    ref('yomiuri-upper-house-2025'),
  ),
  corrected(
    'yoon-removal-window',
    { kind: 'event', id: 'yoon-removed' },
    ref('devdiscourse-yoon-ousted'),
    ref('kbs-election-date-set'),
  ),
  corrected(
    'martial-law-source',
    { kind: 'event', id: 'yoon-martial-law' },
    ref('npr-martial-law'),
    ref('devdiscourse-impeachment-push'),
  ),
  corrected(
    'white-house-outcome',
    { kind: 'event', id: 'white-house-summit' },
    ref('korea-net-white-house'),
    ref('joongang-white-house'),
  ),
  corrected(
    'trump-white-house-source',
    { kind: 'person', id: 'donald-trump' },
    ref('korea-net-white-house'),
    ref('joongang-white-house'),
  ),
  corrected(
    'defence-first-step',
    { kind: 'event', id: 'defence-chiefs-yokosuka' },
    ref('jiji-defence-seoul'),
    ref('jiji-rescue-drill-off'),
  ),
  corrected(
    'defence-evidence',
    { kind: 'commitment', id: 'defence-cooperation' },
    ref('jiji-defence-seoul'),
    ref('sbs-rescue-drill-off'),
  ),
  corrected(
    'working-holiday-evidence',
    { kind: 'commitment', id: 'working-holiday' },
    ref('kyodo-working-holiday-october'),
    ref('japantoday-working-holiday'),
  ),
  corrected(
    'social-body-evidence',
    { kind: 'commitment', id: 'shared-social-problems' },
    ref('mofa-social-body-first-meeting'),
    ref('aju-social-body-first-meeting'),
  ),
  corrected(
    'north-korea-source',
    { kind: 'commitment', id: 'north-korea-stance' },
    ref('kbs-world-tokyo-summit'),
    ref('perthnow-tokyo-summit'),
  ),
  corrected(
    'trade-not-a-promise',
    { kind: 'checklist-note', id: 'trade-and-tariffs' },
    report(7),
    ref('joongang-tokyo-trade-tips'),
  ),
  corrected(
    'seafood-ban-is-koreas',
    { kind: 'checklist-note', id: 'trade-and-tariffs' },
    ref('sbs-seafood-ban'),
    ref('chosun-online-seafood'),
  ),
  corrected(
    'kishida-office-source',
    { kind: 'person', id: 'fumio-kishida' },
    ref('bbc-kishida-takes-office'),
    ref('yomiuri-ishiba-named'),
  ),
  corrected(
    'biden-office-source',
    { kind: 'person', id: 'joe-biden' },
    ref('whas-biden-sworn-in'),
    ref('newser-trump-sworn-in'),
  ),
  corrected(
    'headline-summary-cited',
    { kind: 'page', id: 'home' },
    report(1),
    report(4),
    report(6),
    ref('korea-net-tokyo-summit'),
  ),
  corrected('report-length', { kind: 'page', id: 'sources' }, report(1), report(8)),
  corrected(
    'checked-dates',
    { kind: 'page', id: 'sources' },
    ref('kbs-world-tokyo-summit'),
    ref('devdiscourse-yoon-ousted'),
    ref('yomiuri-takaichi-elected'),
    ref('npr-martial-law'),
  ),
  corrected(
    'ishiba-joint-statement',
    { kind: 'person', id: 'shigeru-ishiba' },
    ref('kbs-tokyo-joint-announcement'),
  ),
  corrected(
    'home-wording',
    { kind: 'page', id: 'home' },
    report(5),
    ref('kbs-tokyo-joint-announcement'),
  ),
  corrected('colonial-rule-framing', { kind: 'event', id: 'colonial-rule' }, report(5)),
  corrected(
    'ishiba-stepped-down-when',
    { kind: 'person', id: 'shigeru-ishiba' },
    ref('jiji-ishiba-resigns'),
  ),
  corrected('trump-ally-wording', { kind: 'person', id: 'donald-trump' }, report(1)),
  corrected(
    'impeachment-framing',
    { kind: 'event', id: 'yoon-impeached' },
    report(5),
    ref('kbs-yoon-ruling-unanimous'),
  ),
  corrected(
    'nippon-steel-upheld',
    { kind: 'event', id: 'forced-labour-rulings-2018' },
    ref('korea-herald-nippon-steel-ruling'),
  ),
  corrected(
    'export-controls-2023-steps',
    { kind: 'event', id: 'export-controls-2019' },
    ref('sankei-export-controls-eased'),
    ref('kyodo-white-list-restored'),
  ),
  corrected(
    'compensation-plan-donors',
    { kind: 'event', id: 'compensation-plan-2023' },
    ref('yonhap-posco-donation'),
    ref('yonhap-compensation-plan'),
  ),
  corrected(
    'white-list-both-sides',
    { kind: 'event', id: 'yoon-in-tokyo-2023' },
    ref('japan-news-korea-white-list-2023'),
    ref('korea-herald-white-list-april-2023'),
  ),
  corrected(
    'chosei-remains-whose',
    { kind: 'event', id: 'nara-summit' },
    ref('joongang-chosei-nara'),
    ref('japan-times-chosei-survey'),
  ),
  corrected(
    'japan-aims-abductions',
    { kind: 'reaction', id: 'japan-aims' },
    ref('economic-jp-summit-readout'),
    ref('newsis-ishiba-abductions'),
  ),
  corrected(
    'history-watch-yasukuni',
    { kind: 'open-question', id: 'history-left-out' },
    ref('japan-times-takaichi-yasukuni'),
    ref('yomiuri-takaichi-yasukuni-environment'),
    ref('ytn-takaichi-yasukuni-environment'),
    ref('jiji-takaichi-yasukuni-understanding'),
  ),
  corrected(
    'comfort-women-survivors-paid',
    { kind: 'term', id: 'comfort-women' },
    ref('japan-times-foundation-payments-2019'),
    ref('kbs-foundation-dissolution'),
    ref('hankyoreh-payments-refused-2016'),
    ref('korea-times-survivors-protest-2016'),
  ),
  corrected(
    'cptpp-both-positions',
    { kind: 'term', id: 'cptpp' },
    ref('jiji-cho-cptpp-not-precondition'),
    ref('newdaily-cptpp-members'),
    ref('news1-lee-nhk-seafood'),
  ),
  corrected(
    'lee-one-sentence',
    { kind: 'event', id: 'comfort-women-agreement' },
    ref('japantoday-lee-keeps-pact'),
  ),
  corrected(
    'dokdo-seoul-no-dispute',
    { kind: 'open-question', id: 'dokdo-takeshima' },
    ref('mofa-korea-dokdo-position'),
    ref('reuters-takeshima-day-2026'),
  ),
  corrected(
    'working-holiday-october-reported',
    { kind: 'commitment', id: 'working-holiday' },
    ref('kyodo-working-holiday-october'),
  ),
  corrected(
    'shuttle-resumed',
    { kind: 'event', id: 'tokyo-summit' },
    report(4),
    ref('yonhap-jp-shuttle-2023'),
  ),
  corrected(
    'lee-interview-published',
    { kind: 'person', id: 'lee-jae-myung' },
    ref('japan-times-lee-joint-interview'),
  ),
  corrected(
    'sankei-piece-not-editorial',
    { kind: 'reaction', id: 'sankei-wary' },
    ref('japan-forward-summit-editorial'),
  ),
] as const satisfies readonly Update<string>[];

/** The id of a correction. */
export type CorrectionId = (typeof corrections)[number]['id'];

/** Every change to the explainer, in any order: the updates page sorts them, newest first. */
export const updates = [
  ...addedEvents.map(eventAdded),
  ...corrections,
] as const satisfies readonly Update<string>[];

/** The id of an update: its anchor on the updates page. */
export type UpdateId = (typeof updates)[number]['id'];
