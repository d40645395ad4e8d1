import { discussionQuestions, learningObjectives } from './classroom';
import { glossary } from './glossary';

/** The lesson's objectives. */
export const allObjectives = () => learningObjectives;

/** The discussion questions, in order. */
export const allDiscussionQuestions = () => discussionQuestions;

/** Every glossary term, A to Z. */
export const allGlossaryTerms = () =>
  [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));
