import type { RecordReach } from './types';

/** How far the explainer's record reaches. Move `reviewed` only after a review of every fact. */
export const record = {
  coversTo: '2026-03-01',
  reportsTo: '2026-03-19',
  reviewed: '2026-11-28',
  whyItStops:
    'The reports we can search and cite end in March 2026, so later events are not here yet: a gap in our record, not a sign that nothing happened.',
} as const satisfies RecordReach;
