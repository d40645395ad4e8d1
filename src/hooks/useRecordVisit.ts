import { useEffect } from 'react';
import { lastReviewed } from '../content/storySelectors';
import { safeStorage } from './safeStorage';
import { writeStoredString } from './useStoredString';
import { lastVisitStorageKey, nextVisit, parseVisit } from './visitRecord';

/**
 * Notes this visit once the page is interactive: call it once, in the layout every page shares.
 * It reads and writes storage without subscribing to it, so the layout (and with it the whole
 * page) never renders a second time after hydration because of it.
 */
export function useRecordVisit() {
  useEffect(() => {
    const read = safeStorage.read(lastVisitStorageKey);
    if (!read.ok) return;
    const next = JSON.stringify(nextVisit(parseVisit(read.value), lastReviewed().day));
    if (next !== read.value) writeStoredString(lastVisitStorageKey, next);
  }, []);
}
