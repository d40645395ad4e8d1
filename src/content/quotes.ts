import type { Quote } from './types';

/** The leaders' and others' own words, short and exact; each cited where it was printed. */
export const quotes = [] as const satisfies readonly Quote<string>[];

export type QuoteId = (typeof quotes)[number]['id'];
