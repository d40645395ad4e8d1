import type { IsoDay } from '../content/types';

/** Where the reader's last visit is kept: in this browser only, never sent anywhere. */
export const lastVisitStorageKey = 'tokyo-explainer:last-visit';

/**
 * What the browser remembers: the edition (the day of the record's last review) the reader last
 * saw, and, until they clear them, the edition before that, whose later changes are marked.
 */
export interface VisitRecord {
  seen: IsoDay;
  markSince: IsoDay | null;
}

const isDay = (value: unknown): value is IsoDay =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Reads the stored record; anything missing or malformed reads as a first visit. */
export function parseVisit(raw: string | null): VisitRecord | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { seen, markSince } = value as Record<string, unknown>;
    if (!isDay(seen) || !(markSince === null || isDay(markSince))) return null;
    return { seen, markSince };
  } catch {
    return null;
  }
}

/** The record to keep after this visit: a new edition since the last one starts its markers. */
export function nextVisit(previous: VisitRecord | null, edition: IsoDay): VisitRecord {
  if (!previous) return { seen: edition, markSince: null };
  if (previous.seen < edition) return { seen: edition, markSince: previous.seen };
  return previous;
}
