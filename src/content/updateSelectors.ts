import { sortKey } from './dates';
import { updates } from './updates';
import type { ContentRef, IsoDay, Update, UpdateKind } from './types';

const kindOrder: Record<UpdateKind, number> = { event: 0, status: 1, correction: 2 };
const dayKey = (day: IsoDay) => sortKey({ precision: 'day', day });

const newestFirst: readonly Update[] = [...updates].sort(
  (a, b) => dayKey(b.date) - dayKey(a.date) || kindOrder[a.kind] - kindOrder[b.kind],
);

/** Every change to the explainer, newest first. */
export const allUpdates = (): readonly Update[] => newestFirst;

/** The day of the newest change: when the explainer was last updated. */
export const lastUpdated = (): IsoDay | undefined => newestFirst[0]?.date;

/** Whether two references name the same item. */
export const sameItem = (a: ContentRef, b: ContentRef) => a.kind === b.kind && a.id === b.id;

/** The corrections made to one item, newest first. */
export const correctionsOf = (item: ContentRef): Update[] =>
  newestFirst.filter((u) => u.kind === 'correction' && sameItem(u.item, item));

/** The changes published after a day, newest first. */
export const updatesAfter = (day: IsoDay): Update[] =>
  newestFirst.filter((u) => dayKey(u.date) > dayKey(day));

/** How many changes of each kind a list holds. */
export function countByKind(list: readonly Update[]): Record<UpdateKind, number> {
  const counts: Record<UpdateKind, number> = { event: 0, status: 0, correction: 0 };
  for (const update of list) counts[update.kind] += 1;
  return counts;
}
