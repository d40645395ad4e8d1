import { lastReviewed } from '../content/storySelectors';
import { sameItem, updatesAfter } from '../content/updateSelectors';
import type { ContentRef, Update } from '../content/types';
import { useStoredString } from './useStoredString';
import { lastVisitStorageKey, parseVisit } from './visitRecord';

/** The changes published since the reader's previous visit, until they clear them. */
export function useChangesSinceLastVisit() {
  const { raw, write } = useStoredString(lastVisitStorageKey);
  const markSince = parseVisit(raw)?.markSince;
  const changes: Update[] = markSince ? updatesAfter(markSince) : [];
  return {
    /** The edition the reader saw last time, when there is something new since. */
    since: changes.length > 0 ? (markSince ?? undefined) : undefined,
    changes,
    /** The changes to one item. */
    changesTo: (item: ContentRef) => changes.filter((u) => sameItem(u.item, item)),
    /** Clears the markers until the next edition. */
    dismiss: () => write(JSON.stringify({ seen: lastReviewed().day, markSince: null })),
  };
}
