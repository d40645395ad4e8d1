import { checklistNotes, commitments } from './commitments';
import { sortKey } from './dates';
import { events } from './events';
import { glossary } from './glossary';
import { people } from './people';
import { referenceTable } from './references';
import { record } from './record';
import { story } from './story';
import { areas, countries, eras, statuses, themes } from './taxonomy';
import type {
  AreaId,
  ChecklistNote,
  ContentRef,
  DateValue,
  Citation,
  Commitment,
  Country,
  EraId,
  IsoDay,
  PageId,
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

/** Where a commitment stands now: the newest entry of its history. */
export const currentStatus = (commitment: Commitment): StatusId =>
  commitment.history.at(-1)?.status ?? 'pledged';

/** The day a commitment reached its current status (the first entry of its latest run at that status). */
export function statusSince(commitment: Commitment): IsoDay | undefined {
  const status = currentStatus(commitment);
  let since: IsoDay | undefined;
  for (const step of [...commitment.history].reverse()) {
    if (step.status !== status) break;
    since = step.date;
  }
  return since;
}

/** The later events that moved a commitment, in date order, each once. */
export const commitmentMovers = (commitment: Commitment): StoryEvent[] =>
  orderedEvents.filter(
    (e) => e.id !== commitment.madeAt && commitment.history.some((step) => step.event === e.id),
  );

/** The commitments in an area and at a status, either optional. */
export const filterCommitments = (filter: { area?: AreaId; status?: StatusId }): Commitment[] =>
  commitments.filter(
    (c) =>
      (!filter.area || c.area === filter.area) &&
      (!filter.status || currentStatus(c) === filter.status),
  );

/** The commitments made at an event. */
export const commitmentsMadeAt = (eventId: string): Commitment[] =>
  commitments.filter((c) => c.madeAt === eventId);

/** The commitments a later event moved. */
export const commitmentsMovedBy = (eventId: string): Commitment[] =>
  commitments.filter((c) => commitmentMovers(c).some((e) => e.id === eventId));

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

/** How far the record reaches and when it was last reviewed as a whole. */
export const recordReach = () => record;

/** The day the whole explainer was last reviewed against its sources. */
export const lastReviewed = (): Extract<DateValue, { precision: 'day' }> => ({
  precision: 'day',
  day: record.reviewed,
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

/** Readers' likely misreadings the checklist answers: context that is not a commitment. */
export const allChecklistNotes = (): readonly ChecklistNote[] => checklistNotes;

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
      return checklistNotes.find((n) => n.id === ref.id)?.title ?? ref.id;
    case 'term':
      return glossary.find((g) => g.id === ref.id)?.term ?? ref.id;
    case 'page':
      return pageLabels[ref.id];
  }
}

/** Whether a content reference points at something that exists. */
export const refExists = (ref: ContentRef): boolean => refLabel(ref) !== ref.id;
