import { formatDate, sortKey } from './dates';
import type { DateValue, IsoDay, Office, Person } from './types';

const dayOf = (iso: IsoDay): DateValue => ({ precision: 'day', day: iso });

/** Whether an office was held on a day: from its start to its end, both days included. */
function heldOn(office: Office, day: IsoDay): boolean {
  const at = sortKey(dayOf(day));
  return sortKey(office.start) <= at && (!office.end || at <= sortKey(office.end));
}

/** The office a person held on a day, the most recent if several; undefined if none. */
export const officeOn = (person: Person, day: IsoDay): Office | undefined =>
  [...person.offices].reverse().find((office) => heldOn(office, day));

/** The office a person is known for in the story: their latest. */
export const latestOffice = (person: Person): Office | undefined => person.offices.at(-1);

/** Whether the office has ended (as of the record's review). */
export const hasEnded = (office: Office): boolean => office.end !== undefined;

/**
 * An office's dates as a reader reads them: "1 October 2024 – 21 October 2025", or for one still
 * held, "since 4 June 2025 (in office in our latest source, 1 March 2026)".
 */
export function officeDates(office: Office): string {
  if (office.end) return `${formatDate(office.start)} – ${formatDate(office.end)}`;
  const since = `since ${formatDate(office.start)}`;
  return office.confirmedOn
    ? `${since} (in office in our latest source, ${formatDate(dayOf(office.confirmedOn))})`
    : since;
}

/** An office with its dates, "Former" before it once it has ended. */
export const officeLine = (office: Office): string =>
  `${hasEnded(office) ? 'Former ' : ''}${office.title}, ${officeDates(office)}`;

/** Offices that are still held: the ones a review must re-check. */
export const openOffices = (people: readonly Person[]) =>
  people.flatMap((person) =>
    person.offices.filter((office) => !hasEnded(office)).map((office) => ({ person, office })),
  );
