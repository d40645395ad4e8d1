import { sortKey } from './dates';
import { events } from './events';
import { eras, themes } from './taxonomy';
import type { EraId, IsoDay, PersonId, StoryEvent, ThemeId } from './types';

// The timeline: events in date order, their eras and themes.

const byDate = (a: StoryEvent, b: StoryEvent) => sortKey(a.date) - sortKey(b.date);
const orderedEvents: readonly StoryEvent[] = [...events].sort(byDate);

/** Every event, oldest first. */
export const allEvents = (): readonly StoryEvent[] => orderedEvents;

/** One event by id, or undefined. */
export const eventById = (id: string): StoryEvent | undefined =>
  orderedEvents.find((e) => e.id === id);

/** The day of the Tokyo summit, which the comparison and the deck describe the leaders on. */
export function summitDay(): IsoDay {
  const date = eventById('tokyo-summit')?.date;
  return date?.precision === 'day' ? date.day : '2025-08-23';
}

/** The events before and after one, in date order. */
export function eventNeighbours(id: string): { previous?: StoryEvent; next?: StoryEvent } {
  const index = orderedEvents.findIndex((e) => e.id === id);
  if (index < 0) return {};
  return { previous: orderedEvents[index - 1], next: orderedEvents[index + 1] };
}

/** The events of each era, in order, kept to one theme if given; eras left empty are dropped. */
export function eventsByEra(theme?: ThemeId) {
  return eras
    .map((era) => ({
      era,
      events: orderedEvents.filter((e) => e.era === era.id && (!theme || e.themes.includes(theme))),
    }))
    .filter((group) => group.events.length > 0);
}

/** The events that touch a theme. */
export const eventsByTheme = (theme: ThemeId): StoryEvent[] =>
  orderedEvents.filter((e) => e.themes.includes(theme));

/** The events a person took part in. */
export const eventsOfPerson = (personId: PersonId): StoryEvent[] =>
  orderedEvents.filter((e) => e.people.includes(personId));

/** An era's title. */
export const eraTitle = (id: EraId): string => eras.find((e) => e.id === id)?.title ?? id;

/** Every theme, in display order. */
export const allThemes = () => themes;

/** A theme's label. */
export const themeLabel = (id: ThemeId): string => themes.find((t) => t.id === id)?.label ?? id;

/** A query value read as a theme, or undefined if it is not one. */
export const parseTheme = (value: string | null): ThemeId | undefined =>
  themes.find((t) => t.id === value)?.id;
