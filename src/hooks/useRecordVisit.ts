import { useEffect } from 'react';
import { lastReviewed } from '../content/selectors';
import { useStoredString } from './useStoredString';
import { lastVisitStorageKey, nextVisit, parseVisit } from './visitRecord';

/** Notes this visit once the page is interactive: call it once, in the layout every page shares. */
export function useRecordVisit() {
  const { raw, write } = useStoredString(lastVisitStorageKey);
  useEffect(() => {
    const next = JSON.stringify(nextVisit(parseVisit(raw), lastReviewed().day));
    if (next !== raw) write(next);
  }, [raw, write]);
}
