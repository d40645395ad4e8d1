import { checklistNotes, commitments as commitmentData } from './commitments';
import { allEvents } from './eventSelectors';
import { areas, statuses } from './taxonomy';
import type {
  AreaId,
  ChecklistNote,
  Commitment,
  CommitmentId,
  EventId,
  IsoDay,
  PersonId,
  StatusId,
  StoryEvent,
} from './types';

// The commitments, where each stands and how it got there.

const commitments: readonly Commitment[] = commitmentData;

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
  allEvents().filter(
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
export const commitmentsMadeAt = (eventId: EventId): Commitment[] =>
  commitments.filter((c) => c.madeAt === eventId);

/** The commitments a later event moved. */
export const commitmentsMovedBy = (eventId: EventId): Commitment[] =>
  commitments.filter((c) => commitmentMovers(c).some((e) => e.id === eventId));

/** The commitments a person made. */
export const commitmentsOfPerson = (personId: PersonId): Commitment[] =>
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

const ids = commitments.map((c) => c.id);
/** The ids of every commitment, one stable array. */
export const commitmentIds = (): readonly CommitmentId[] => ids;

/** One commitment by id, or undefined. */
export const commitmentById = (id: string): Commitment | undefined =>
  commitments.find((c) => c.id === id);

/** Readers' likely misreadings the checklist answers: context that is not a commitment. */
export const allChecklistNotes = (): readonly ChecklistNote[] => checklistNotes;
