import { commitments } from './commitments';
import { sortKey } from './dates';
import { events } from './events';
import { people } from './people';
import { referenceTable } from './references';
import { story } from './story';
import { areas, countries, eras, statuses, themes } from './taxonomy';
import type {
  AreaId,
  DateValue,
  Citation,
  Commitment,
  Country,
  EraId,
  Person,
  ReferenceSummary,
  StatusId,
  StoryEvent,
  ThemeId,
} from './types';

const byDate = (a: StoryEvent, b: StoryEvent) => sortKey(a.date) - sortKey(b.date);
const orderedEvents: readonly StoryEvent[] = [...events].sort(byDate);

/** Every event, oldest first. */
export const allEvents = (): readonly StoryEvent[] => orderedEvents;

/** One event by id, or undefined. */
export const eventById = (id: string): StoryEvent | undefined =>
  orderedEvents.find((e) => e.id === id);

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
export const eventsOfPerson = (personId: string): StoryEvent[] =>
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

/** The principals first, then the others. */
export const allPeople = (): readonly Person[] => people;

/** The two leaders who met in Tokyo. */
export const principals = (): Person[] => people.filter((p) => p.role === 'principal');

/** The others in the story. */
export const supportingCast = (): Person[] => people.filter((p) => p.role === 'supporting');

/** One person by id, or undefined. */
export const personById = (id: string): Person | undefined => people.find((p) => p.id === id);

/** A person's country, with its colours. */
export const countryOf = (person: Person): Country =>
  countries.find((c) => c.id === person.country) ?? countries[0];

/** Every commitment, in the order of the joint statement. */
export const allCommitments = (): readonly Commitment[] => commitments;

/** The commitments in an area and at a status, either optional. */
export const filterCommitments = (filter: { area?: AreaId; status?: StatusId }): Commitment[] =>
  commitments.filter(
    (c) =>
      (!filter.area || c.area === filter.area) && (!filter.status || c.status === filter.status),
  );

/** The commitments made at an event. */
export const commitmentsMadeAt = (eventId: string): Commitment[] =>
  commitments.filter((c) => c.madeAt === eventId);

/** The commitments a later event moved. */
export const commitmentsMovedBy = (eventId: string): Commitment[] =>
  commitments.filter((c) => c.movedBy.includes(eventId));

/** The commitments a person made. */
export const commitmentsOfPerson = (personId: string): Commitment[] =>
  commitments.filter((c) => c.committedBy.includes(personId));

/** Every area, in display order. */
export const allAreas = () => areas;

/** An area's label. */
export const areaLabel = (id: AreaId): string => areas.find((a) => a.id === id)?.label ?? id;

/** A query value read as an area, or undefined if it is not one. */
export const parseArea = (value: string | null): AreaId | undefined =>
  areas.find((a) => a.id === value)?.id;

/** Every status, in the order of the scale. */
export const allStatuses = () => statuses;

/** A status with its label and meaning. */
export const statusById = (id: StatusId) => statuses.find((s) => s.id === id) ?? statuses[0];

/** A query value read as a status, or undefined if it is not one. */
export const parseStatus = (value: string | null): StatusId | undefined =>
  statuses.find((s) => s.id === value)?.id;

/** One background reference by id, as citations show it, or undefined. */
export function referenceById(id: string): ReferenceSummary | undefined {
  const entry = (referenceTable as Record<string, Omit<ReferenceSummary, 'id'>>)[id];
  return entry && { id, ...entry };
}

/** The story in a minute, for the home page. */
export const theStory = () => story;

/** The day the content was last checked against its sources. */
export const lastChecked = (): Extract<DateValue, { precision: 'day' }> => ({
  precision: 'day',
  day: story.lastChecked,
});

/** How to label a citation's kind for a reader. */
export const citationKindLabel = (citation: Citation): string => {
  if (citation.kind === 'report') return 'the report';
  const kind = referenceById(citation.referenceId)?.kind;
  return kind === 'official' ? 'official' : kind === 'news' ? 'news report' : 'reference work';
};

/** A comfortable reading speed for an explainer. */
export const wordsPerMinute = 200;
/** How many words a set of texts holds. */
export const countWords = (texts: readonly string[]) =>
  texts.reduce((total, text) => total + text.split(/\s+/).filter(Boolean).length, 0);

/** Minutes to read the story in a minute (the home page). */
export function storyReadingMinutes(): number {
  const texts = [story.headline, story.dek, ...story.takeaways, ...story.whyItMatters].map((t) =>
    typeof t === 'string' ? t : t.text,
  );
  return Math.max(1, Math.round(countWords(texts) / wordsPerMinute));
}

const ids = commitments.map((c) => c.id);
/** The ids of every commitment, one stable array. */
export const commitmentIds = (): readonly string[] => ids;

/** One commitment by id, or undefined. */
export const commitmentById = (id: string): Commitment | undefined =>
  commitments.find((c) => c.id === id);
