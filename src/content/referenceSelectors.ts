import { referenceTable, type ReferenceId } from './references';
import type { ReferenceSummary } from './types';

// What a citation shows of a background reference: every page with a citation needs it.

/** Whether a string (from a citation, or an address) is the id of a background reference. */
export const isReferenceId = (id: string): id is ReferenceId => Object.hasOwn(referenceTable, id);

/** One background reference by id, as citations show it, or undefined. */
export function referenceById(id: string): ReferenceSummary | undefined {
  return isReferenceId(id) ? { id, ...referenceTable[id] } : undefined;
}
