import { openQuestions } from './unsettled';
import type { OpenQuestion } from './types';

/** What the summit left open, and what to watch next. */
export const allOpenQuestions = (): readonly OpenQuestion[] => openQuestions;
