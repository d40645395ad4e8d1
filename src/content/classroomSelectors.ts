import { discussionQuestions, learningObjectives } from './classroom';
import { glossary } from './glossary';
import { commitmentById, eventById, personById } from './selectors';
import type { ContentRef } from './types';

/** What a content reference is called on screen. */
export function refLabel(ref: ContentRef): string {
  switch (ref.kind) {
    case 'event':
      return eventById(ref.id)?.title ?? ref.id;
    case 'person':
      return personById(ref.id)?.name ?? ref.id;
    case 'commitment':
      return commitmentById(ref.id)?.title ?? ref.id;
  }
}

/** Whether a content reference points at something that exists. */
export function refExists(ref: ContentRef): boolean {
  const find = { event: eventById, person: personById, commitment: commitmentById }[ref.kind];
  return find(ref.id) !== undefined;
}

/** The lesson's objectives. */
export const allObjectives = () => learningObjectives;

/** The discussion questions, in order. */
export const allDiscussionQuestions = () => discussionQuestions;

/** Every glossary term, A to Z. */
export const allGlossaryTerms = () =>
  [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));
