import type { RecordReach } from './types';

/** How far the explainer's record reaches. Move `reviewed` only after a review of every fact. */
export const record = {
  coversTo: '2026-03-01',
  reviewed: '2026-11-28',
  whyItStops:
    'The sources we can check run thin after March 2026, so later events are not here yet: a gap in our record, not a sign that nothing happened.',
} as const satisfies RecordReach;
