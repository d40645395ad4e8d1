import { commitments } from './commitments';
import { closest } from './match';
import { sortKey } from './dates';
import { events } from './events';
import { glossary } from './glossary';
import { people } from './people';
import { referenceTable, type ReferenceId } from './references';
import { story } from './story';
import { reportParagraphs } from './report';
import { areas, countries, eras, statuses, themes } from './taxonomy';
import type {
  AreaId,
  DateValue,
  Citation,
  Commitment,
  Country,
  EraId,
  ParagraphNumber,
  Person,
  Reference,
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

/** Every glossary term, A to Z. */
export const allGlossaryTerms = () =>
  [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));

/** One background reference by id, or undefined. */
export function referenceById(id: string): Reference | undefined {
  const entry = (referenceTable as Record<string, Omit<Reference, 'id'>>)[id];
  return entry && { id, ...entry };
}

const publishedKey = (r: Reference) => (r.published ? sortKey(r.published) : -Infinity);

/** Every background reference, newest first; undated reference works last. */
export const allReferences = (): Reference[] =>
  (Object.keys(referenceTable) as ReferenceId[])
    .map((id) => ({ id, ...referenceTable[id] }) as Reference)
    .sort((a, b) => publishedKey(b) - publishedKey(a));

/** The paragraphs of the source report, described. */
export const allReportParagraphs = () => reportParagraphs;

/** Everything the reader is shown that carries citations, with its address. */
export interface CitingItem {
  /** What it is called on screen. */
  label: string;
  /** Where it lives in the app. */
  path: string;
  /** Its citations. */
  citations: Citation[];
}

/** Every cited item, labelled with where it is shown. */
export function citingItems(): CitingItem[] {
  const personFacts = people.flatMap((p) =>
    [p.summary, ...p.path, ...p.stance, ...p.pressures, ...p.atSummit].map((f) => ({
      label: p.name,
      path: `/leaders/${p.id}`,
      citations: f.citations,
    })),
  );
  return [
    ...orderedEvents.map((e) => ({
      label: e.title,
      path: `/timeline/${e.id}`,
      citations: e.citations,
    })),
    ...commitments.map((c) => ({
      label: c.title,
      path: `/commitments#${c.id}`,
      citations: c.citations,
    })),
    ...personFacts,
  ];
}

/** The items that cite a paragraph of the report, each item once. */
export function itemsCitingParagraph(paragraph: ParagraphNumber): CitingItem[] {
  const citing = citingItems().filter((item) =>
    item.citations.some((c) => c.kind === 'report' && c.paragraph === paragraph),
  );
  return citing.filter((item, i) => citing.findIndex((other) => other.path === item.path) === i);
}

/** The items that cite a background reference, each item once. */
export function itemsCitingReference(referenceId: string): CitingItem[] {
  const citing = citingItems().filter((item) =>
    item.citations.some((c) => c.kind === 'reference' && c.referenceId === referenceId),
  );
  return citing.filter((item, i) => citing.findIndex((other) => other.path === item.path) === i);
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

/** Events whose id or title is most like an unknown id. */
export const eventsLike = (query: string): StoryEvent[] =>
  closest(query, orderedEvents, (e) => [e.id, e.title]);

/** People whose id or name is most like an unknown id. */
export const peopleLike = (query: string): Person[] =>
  closest(query, people, (p) => [p.id, p.name]);

const wordsPerMinute = 200;
const countWords = (texts: readonly string[]) =>
  texts.reduce((total, text) => total + text.split(/\s+/).filter(Boolean).length, 0);

/** Minutes to read the story in a minute (the home page). */
export function storyReadingMinutes(): number {
  const texts = [story.headline, story.dek, ...story.takeaways, ...story.whyItMatters].map((t) =>
    typeof t === 'string' ? t : t.text,
  );
  return Math.max(1, Math.round(countWords(texts) / wordsPerMinute));
}

/** Minutes to read everything: timeline, profiles and checklist. */
export function fullReadingMinutes(): number {
  const texts = [
    ...orderedEvents.flatMap((e) => [e.title, e.summary, e.significance]),
    ...people.flatMap((p) =>
      [p.summary, ...p.path, ...p.stance, ...p.pressures, ...p.atSummit].map((f) => f.text),
    ),
    ...commitments.flatMap((c) => [c.title, c.summary, c.evidence]),
  ];
  return Math.max(1, Math.round(countWords(texts) / wordsPerMinute));
}

const ids = commitments.map((c) => c.id);
/** The ids of every commitment, one stable array. */
export const commitmentIds = (): readonly string[] => ids;
