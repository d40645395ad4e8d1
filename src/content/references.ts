import type { Reference } from './types';

/** Every background reference the content cites, keyed by id: who, when, what kind, when checked. */
export const referenceTable = {
  'korea-net-tokyo-summit': {
    publisher: 'Korea.net (Korean Culture and Information Service)',
    published: { precision: 'day', day: '2025-08-25' },
    kind: 'official',
    checked: '2026-11-27',
  },
  'chosun-tokyo-summit': {
    publisher: 'Chosun Biz',
    published: { precision: 'day', day: '2025-08-23' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'korea-herald-summit-preview': {
    publisher: 'The Korea Herald, via Asia News Network',
    published: { precision: 'day', day: '2025-08-14' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'joongang-busan-announced': {
    publisher: 'Korea JoongAng Daily',
    published: { precision: 'day', day: '2025-09-26' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'joongang-busan-summit': {
    publisher: 'Korea JoongAng Daily',
    published: { precision: 'day', day: '2025-09-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'joongang-nara-visit': {
    publisher: 'Korea JoongAng Daily',
    published: { precision: 'day', day: '2026-01-13' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'mod-ishiba-defense-minister': {
    publisher: 'Japan Ministry of Defense',
    published: { precision: 'day', day: '2007-09-26' },
    kind: 'official',
    checked: '2026-11-27',
  },
  'simple-wikipedia-ishiba': {
    publisher: 'Simple English Wikipedia',
    kind: 'reference',
    checked: '2026-11-27',
  },
  'menafn-upper-house': {
    publisher: 'MENAFN',
    published: { precision: 'day', day: '2025-07-21' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'korea-herald-lee-career': {
    publisher: 'The Korea Herald',
    published: { precision: 'day', day: '2022-06-01' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'wikipedia-1998-declaration': {
    publisher: 'Wikipedia',
    kind: 'reference',
    checked: '2026-11-27',
  },
  'kbs-g7-meeting': {
    publisher: 'KBS World',
    published: { precision: 'day', day: '2025-06-18' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'japan-news-tariff-deal': {
    publisher: 'The Japan News (Yomiuri Shimbun), carrying Reuters',
    published: { precision: 'day', day: '2025-07-23' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'joongang-lee-returns': {
    publisher: 'Korea JoongAng Daily',
    published: { precision: 'day', day: '2025-08-28' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'joongang-trip-itinerary': {
    publisher: 'Korea JoongAng Daily',
    published: { precision: 'day', day: '2025-08-21' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'ians-lee-departs-tokyo': {
    publisher: 'Lokmat Times (IANS)',
    published: { precision: 'day', day: '2025-08-24' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'jiji-ishiba-resigns': {
    publisher: 'Nippon.com (Jiji Press)',
    published: { precision: 'day', day: '2025-09-07' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kocis-camp-david': {
    publisher: 'Ministry of Culture, Sports and Tourism of Korea (KOCIS)',
    published: { precision: 'day', day: '2023-08-28' },
    kind: 'official',
    checked: '2026-11-27',
  },
  'npr-martial-law': {
    publisher: 'NPR (via Prairie Public)',
    published: { precision: 'day', day: '2024-12-03' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'devdiscourse-impeachment': {
    publisher: 'Devdiscourse',
    published: { precision: 'day', day: '2024-12-14' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kbs-yoon-removed': {
    publisher: 'KBS News',
    published: { precision: 'day', day: '2025-04-04' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'menafn-takaichi': {
    publisher: 'MENAFN',
    published: { precision: 'day', day: '2025-10-21' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'jiji-gyeongju-summit': {
    publisher: 'Nippon.com (Jiji Press)',
    published: { precision: 'day', day: '2025-10-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kbs-gyeongju-summit': {
    publisher: 'KBS World',
    published: { precision: 'day', day: '2025-10-31' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kantei-nara-remarks': {
    publisher: 'Prime Minister’s Office of Japan',
    published: { precision: 'day', day: '2026-01-13' },
    kind: 'official',
    checked: '2026-11-27',
  },
  'korea-net-white-house': {
    publisher: 'Korea.net (Korean Culture and Information Service)',
    published: { precision: 'day', day: '2025-08-26' },
    kind: 'official',
    checked: '2026-11-27',
  },
  'ishiba-takes-office': {
    publisher: 'TRT World (Anadolu Agency)',
    published: { precision: 'day', day: '2024-10-01' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'lee-takes-office': {
    publisher: 'Xinhua',
    published: { precision: 'day', day: '2025-06-04' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'colonial-rule-reference': {
    publisher: 'University of Pittsburgh, JapanPitt',
    kind: 'reference',
    checked: '2026-11-27',
  },
  'japanpitt-1965-treaty': {
    publisher: 'University of Pittsburgh, JapanPitt',
    kind: 'reference',
    checked: '2026-11-27',
  },
  'jiji-working-holiday': {
    publisher: 'Nippon.com (Jiji Press)',
    published: { precision: 'day', day: '2025-08-21' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'jiji-defence-chiefs': {
    publisher: 'Nippon.com (Jiji Press)',
    published: { precision: 'day', day: '2026-01-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'chosun-nara-summit': {
    publisher: 'Chosun Biz',
    published: { precision: 'day', day: '2026-01-14' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'anews-nara-trade': {
    publisher: 'Anadolu Agency (aNews)',
    published: { precision: 'day', day: '2026-01-14' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kbs-busan-ai-hydrogen': {
    publisher: 'KBS World',
    published: { precision: 'day', day: '2025-09-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kbs-busan-north-korea': {
    publisher: 'KBS World',
    published: { precision: 'day', day: '2025-09-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'asiae-busan-statement': {
    publisher: 'The Asia Business Daily',
    published: { precision: 'day', day: '2025-09-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'kbs-busan-social-body': {
    publisher: 'KBS World',
    published: { precision: 'day', day: '2025-09-30' },
    kind: 'news',
    checked: '2026-11-27',
  },
  'joongang-tokyo-trade-tips': {
    publisher: 'Korea JoongAng Daily',
    published: { precision: 'day', day: '2025-08-24' },
    kind: 'news',
    checked: '2026-11-27',
  },
} as const satisfies Record<string, Omit<Reference, 'id' | 'title' | 'url'>>;

/** The id of a background reference. */
export type ReferenceId = keyof typeof referenceTable;
