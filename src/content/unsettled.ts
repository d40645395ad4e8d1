import type { OpenQuestion } from './types';

/** What the summit did not settle, and what to watch next, each assessed on a stated day. */
export const openQuestions = [] as const satisfies readonly OpenQuestion<string>[];

export type OpenQuestionId = (typeof openQuestions)[number]['id'];
