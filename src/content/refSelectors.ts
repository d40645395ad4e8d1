import { glossary } from './glossary';
import { commitmentById, allChecklistNotes } from './commitmentSelectors';
import { eventById } from './eventSelectors';
import { personById } from './peopleSelectors';
import type { ContentRef, PageId } from './types';

// What any item of the story is called: for the lesson's questions and the updates log.

const pageLabels: Record<PageId, string> = {
  home: 'The story in a minute',
  sources: 'Sources and method',
};

/** What a content reference is called on screen. */
export function refLabel(ref: ContentRef): string {
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
    case 'page':
      return pageLabels[ref.id];
  }
}

/** Whether a content reference points at something that exists. */
export const refExists = (ref: ContentRef): boolean => refLabel(ref) !== ref.id;
