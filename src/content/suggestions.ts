import { closest } from './match';
import { defaultLanguageTag } from './language';
import { allEvents } from './eventSelectors';
import { allPeople } from './peopleSelectors';
import type { Person, StoryEvent } from './types';

/** Events whose id or title is most like an unknown id, compared in the reader's language. */
export const eventsLike = (query: string, languageTag = defaultLanguageTag): StoryEvent[] =>
  closest(query, allEvents(), (e) => [e.id, e.title], { languageTag });

/** People whose id or name is most like an unknown id, compared in the reader's language. */
export const peopleLike = (query: string, languageTag = defaultLanguageTag): Person[] =>
  closest(query, allPeople(), (p) => [p.id, p.name], { languageTag });
