import { useEffect } from 'react';
import { lastReviewed } from '../content/storySelectors';
import { useStoredString } from './useStoredString';
import { lastVisitStorageKey, nextVisit, parseVisit } from './visitRecord';

/** Notes this visit once the page is interactive: call it once, in the layout every page shares. */
export function useRecordVisit() {
  const { raw, read, write } = useStoredString(lastVisitStorageKey);
  useEffect(() => {
    const stored = read();
    const next = JSON.stringify(nextVisit(parseVisit(stored), lastReviewed().day));
    if (next !== stored) write(next);
  }, [raw, read, write]);
}
