import { referenceTable } from './references';
import type { Citation, ReferenceSummary } from './types';

// What a citation shows of a background reference: every page with a citation needs it.

/** One background reference by id, as citations show it, or undefined. */
export function referenceById(id: string): ReferenceSummary | undefined {
  const entry = (referenceTable as Record<string, Omit<ReferenceSummary, 'id'>>)[id];
  return entry && { id, ...entry };
}

/** How to label a citation's kind for a reader. */
export const citationKindLabel = (citation: Citation): string => {
  if (citation.kind === 'report') return 'the report';
  const kind = referenceById(citation.referenceId)?.kind;
  return kind === 'official' ? 'official' : kind === 'news' ? 'news report' : 'reference work';
};
