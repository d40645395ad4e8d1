import { glossary } from './glossary';
import { commitmentById, allChecklistNotes } from './commitmentSelectors';
import { eventById } from './eventSelectors';
import { allOpenQuestions } from './openQuestionSelectors';
import { personById } from './peopleSelectors';
import { allReactions } from './voiceSelectors';
import { textOf, type Text } from './text';
import type { ContentRef } from './types';

// What any item of the story is called: for the lesson's questions and the updates log.

/** What a content reference is called on screen: a page by its link's words. */
export function refLabel(ref: ContentRef, text: Text = textOf()): string {
  switch (ref.kind) {
    case 'event':
      return eventById(ref.id)?.title ?? ref.id;
    case 'person':
      return personById(ref.id)?.name ?? ref.id;
    case 'commitment':
      return commitmentById(ref.id)?.title ?? ref.id;
    case 'checklist-note':
      return allChecklistNotes().find((n) => n.id === ref.id)?.title ?? ref.id;
    case 'term':
      return glossary.find((g) => g.id === ref.id)?.term ?? ref.id;
    case 'open-question':
      return allOpenQuestions().find((q) => q.id === ref.id)?.title ?? ref.id;
    case 'reaction': {
      const reaction = allReactions().find((r) => r.id === ref.id);
      return reaction
        ? text.fill(text.words.common.reactions.label, { name: reaction.who.name })
        : ref.id;
    }
    case 'page':
      return text.words.pages[ref.id].link;
  }
}

/** Whether a content reference points at something that exists. */
export const refExists = (ref: ContentRef): boolean => refLabel(ref) !== ref.id;
