import { referenceDetails } from './referenceDetails';
import { referenceTable, type ReferenceId } from './references';
import { sortKey } from './dates';
import type { Reference } from './types';

// What only the sources page needs, kept apart so other pages do not download it.

const publishedKey = (r: Reference) => (r.published ? sortKey(r.published) : -Infinity);

/** Every background reference, newest first; undated reference works last. */
export const allReferences = (): Reference[] =>
  (Object.keys(referenceTable) as ReferenceId[])
    .map((id): Reference => {
      // Details travel apart (scripts/contentAsData.ts); without them, a source is its publisher.
      const details: Partial<Pick<Reference, 'title' | 'url'>> = referenceDetails[id] ?? {};
      const entry = referenceTable[id];
      return { id, ...entry, title: details.title ?? entry.publisher, url: details.url ?? '' };
    })
    .sort((a, b) => publishedKey(b) - publishedKey(a));
