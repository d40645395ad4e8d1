import { closest } from './match';
import { allEvents } from './eventSelectors';
import { allPeople } from './peopleSelectors';
import type { Person, StoryEvent } from './types';

/** Events whose id or title is most like an unknown id. */
export const eventsLike = (query: string): StoryEvent[] =>
  closest(query, allEvents(), (e) => [e.id, e.title]);

/** People whose id or name is most like an unknown id. */
export const peopleLike = (query: string): Person[] =>
  closest(query, allPeople(), (p) => [p.id, p.name]);
