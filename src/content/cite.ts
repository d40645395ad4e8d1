import type { Citation, Fact, ParagraphNumber } from './types';
import type { ReferenceId } from './references';

/** Cites a paragraph of the source report. */
export const report = (paragraph: ParagraphNumber): Citation => ({ kind: 'report', paragraph });

/** Cites a background reference by its id. */
export const ref = (referenceId: ReferenceId): Citation => ({ kind: 'reference', referenceId });

/** A sentence with its citations. */
export const fact = (text: string, ...citations: Citation[]): Fact => ({ text, citations });
