import { discussionQuestions, exitTicket } from './classroom';
import { learningObjectives } from './lesson';
import { glossary } from './glossary';
import { textOf, type Text } from './text';

/** The lesson's objectives. */
export const allObjectives = () => learningObjectives;

/** The discussion questions, in order. */
export const allDiscussionQuestions = () => discussionQuestions;

/** Every glossary term, in the alphabetical order of the reader's language. */
export const allGlossaryTerms = (text: Text = textOf()) =>
  [...glossary].sort((a, b) => text.compare(a.term, b.term));

/** The exit ticket's question and the evidence students pick from, in the story's order. */
export const theExitTicket = () => exitTicket;
