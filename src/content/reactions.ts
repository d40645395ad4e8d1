import type { Reaction } from './types';

/** How the summit was received in each country, and what each government wanted from it. */
export const reactions = [] as const satisfies readonly Reaction<string>[];

export type ReactionId = (typeof reactions)[number]['id'];
