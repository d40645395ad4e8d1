import { sortKey } from './dates';
import { textOf, type Text } from './text';
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
 * held, "since 4 June 2025 (in office in our latest source, 12 March 2026)".
 */
export function officeDates(office: Office, text: Text = textOf()): string {
  const words = text.words.common.offices;
  const start = text.date(office.start);
  if (office.end) return text.fill(words.heldFromTo, { start, end: text.date(office.end) });
  return office.confirmedOn
    ? text.fill(words.heldSinceConfirmed, {
        start,
        confirmed: text.date(dayOf(office.confirmedOn)),
      })
    : text.fill(words.heldSince, { start });
}

/** An office with its dates, as a template and the values of its slots: "Former …" once it has ended. */
export function officeLineParts(office: Office, text: Text) {
  const words = text.words.common.offices;
  return {
    template: hasEnded(office) ? words.former : words.current,
    values: { office: office.title, dates: officeDates(office, text) },
  };
}

/** An office with its dates, "Former" before it once it has ended. */
export function officeLine(office: Office, text: Text = textOf()): string {
  const { template, values } = officeLineParts(office, text);
  return text.fill(template, values);
}

/** A person's offices and seats in parliament together, oldest first: their whole career. */
export const postsOf = (person: Person): { post: Office; isSeat: boolean }[] =>
  [
    ...person.offices.map((post) => ({ post, isSeat: false })),
    ...(person.seats ?? []).map((post) => ({ post, isSeat: true })),
  ].sort((a, b) => sortKey(a.post.start) - sortKey(b.post.start));

/** Offices and seats that are still held: the ones a review must re-check. */
export const openOffices = (people: readonly Person[]) =>
  people.flatMap((person) =>
    postsOf(person)
      .filter(({ post }) => !hasEnded(post))
      .map(({ post }) => ({ person, office: post })),
  );
