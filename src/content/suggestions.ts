import { closest } from './match';
import { defaultLanguageTag } from './language';
import { allEvents } from './eventSelectors';
import { allPeople, principals } from './peopleSelectors';
import type { Person, StoryEvent } from './types';

/** Events whose id or title is most like an unknown id, compared in the reader's language. */
export const eventsLike = (query: string, languageTag = defaultLanguageTag): StoryEvent[] =>
  closest(query, allEvents(), (e) => [e.id, e.title], { languageTag });

/** People whose id or name is most like an unknown id, compared in the reader's language. */
export const peopleLike = (query: string, languageTag = defaultLanguageTag): Person[] =>
  closest(query, allPeople(), (p) => [p.id, p.name], { languageTag });

/**
 * Who an unknown leader address is offered instead: the people most like it, or the two leaders
 * when no name is close (a reader who typed any name at all most likely wanted one of them).
 */
export function suggestedPeople(query: string, languageTag = defaultLanguageTag): Person[] {
  const like = peopleLike(query, languageTag);
  return like.length > 0 ? like : principals();
}
