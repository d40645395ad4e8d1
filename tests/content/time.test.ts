import { commitments } from '../../src/content/commitments';
import { sortKey } from '../../src/content/dates';
import { hasEnded, officeDates, openOffices, postsOf } from '../../src/content/offices';
import { record } from '../../src/content/record';
import { referenceTable } from '../../src/content/references';
import {
  commitmentsToReview,
  openOfficesToReview,
  referencesToReview,
} from '../../src/content/reviewSelectors';
import { currentStatus, statusSince } from '../../src/content/commitmentSelectors';
import { allEvents, eventById } from '../../src/content/eventSelectors';
import { allPeople } from '../../src/content/peopleSelectors';
import { refExists } from '../../src/content/refSelectors';
import { wordingOf } from '../../src/content/updatePageSelectors';
import { allUpdates } from '../../src/content/updateSelectors';
import type { DateValue, IsoDay } from '../../src/content/types';

const people = allPeople();
const day = (iso: IsoDay): DateValue => ({ precision: 'day', day: iso });
const newestEvent = () => Math.max(...allEvents().map((e) => sortKey(e.date)));

describe('offices over time', () => {
  it.each(
    people.flatMap((p) => [
      [`${p.id} offices`, p.offices] as const,
      ...(p.seats ? [[`${p.id} seats`, p.seats] as const] : []),
    ]),
  )('%s run forwards, in order, without overlapping', (_, offices) => {
    offices.forEach((office, index) => {
      if (office.end) expect(sortKey(office.end)).toBeGreaterThan(sortKey(office.start));
      const next = offices[index + 1];
      if (next) {
        expect(office.end, `${office.title} ends before the next begins`).toBeDefined();
        if (office.end) expect(sortKey(next.start)).toBeGreaterThanOrEqual(sortKey(office.end));
      }
    });
  });

  it('an office still held says the latest day a source shows it, no later than the review', () => {
    for (const { person, office } of openOffices(people)) {
      expect(office.confirmedOn, `${person.id}: ${office.title}`).toBeDefined();
      if (office.confirmedOn) {
        expect(office.confirmedOn <= record.reviewed).toBe(true);
        expect(sortKey(day(office.confirmedOn))).toBeGreaterThanOrEqual(sortKey(office.start));
      }
    }
  });

  it('no office or seat ends after the day the record was reviewed', () => {
    for (const person of people)
      for (const { post: office } of postsOf(person))
        if (office.end)
          expect(sortKey(office.end), `${person.id}`).toBeLessThanOrEqual(
            sortKey(day(record.reviewed)),
          );
  });

  it('an ended office is always written with both its dates', () => {
    const ended = people.flatMap((p) => postsOf(p).map(({ post }) => post)).filter(hasEnded);
    expect(ended.length).toBeGreaterThan(0);
    for (const office of ended) expect(officeDates(office)).toMatch(/^\d{1,2} \w+ \d{4} – \d/);
  });
});

describe('commitments over time', () => {
  it.each(commitments.map((c) => [c.id, c] as const))(
    '%s: a history in date order that starts with the pledge at the summit',
    (_, commitment) => {
      const [first] = commitment.history;
      expect(first?.status).toBe('pledged');
      const made = eventById(commitment.madeAt);
      expect(first && made && sortKey(day(first.date))).toBe(made && sortKey(made.date));
      const dates = commitment.history.map((step) => step.date);
      expect(dates).toEqual([...dates].sort());
      for (const step of commitment.history) {
        expect(step.citations.length, `${commitment.id} on ${step.date}`).toBeGreaterThan(0);
        const event = step.event && eventById(step.event);
        if (event) expect(sortKey(event.date)).toBeLessThanOrEqual(sortKey(day(step.date)));
      }
    },
  );

  it('the current status is the newest entry, reached on the day its run began', () => {
    for (const commitment of commitments) {
      const newest = commitment.history.at(-1);
      expect(currentStatus(commitment)).toBe(newest?.status);
      const since = statusSince(commitment);
      const firstOfRun = commitment.history.find(
        (step, index) =>
          step.status === newest?.status &&
          commitment.history.slice(index).every((later) => later.status === newest.status),
      );
      expect(since).toBe(firstOfRun?.date);
    }
  });

  it('no status is assessed before its latest step or after the review', () => {
    for (const c of commitments) {
      expect(c.assessed <= record.reviewed, c.id).toBe(true);
      expect((c.history.at(-1)?.date ?? '') <= c.assessed, c.id).toBe(true);
    }
  });
});

describe('how far the record reaches', () => {
  it('covers exactly up to its newest event, and was reviewed after it', () => {
    expect(sortKey(day(record.coversTo))).toBe(newestEvent());
    expect(record.reviewed >= record.coversTo).toBe(true);
  });

  it('rests on reports up to its newest cited one, which no confirmation outdates', () => {
    const published = Object.values(referenceTable).flatMap((r) =>
      'published' in r && r.published.precision === 'day' ? [r.published.day] : [],
    );
    expect([...published].sort().at(-1)).toBe(record.reportsTo);
    for (const { person, office } of openOffices(people))
      expect((office.confirmedOn ?? '') <= record.reportsTo, `${person.id}: ${office.title}`).toBe(
        true,
      );
    expect(record.coversTo <= record.reportsTo && record.reportsTo <= record.reviewed).toBe(true);
  });

  it('no event happens after the day the record was reviewed', () => {
    expect(newestEvent()).toBeLessThanOrEqual(sortKey(day(record.reviewed)));
  });
});

describe('updates and corrections', () => {
  it('every update names an item that exists, is cited, and is dated no later than the review', () => {
    for (const update of allUpdates()) {
      expect(refExists(update.item), update.id).toBe(true);
      expect(update.citations.length, update.id).toBeGreaterThan(0);
      expect(update.date <= record.reviewed, update.id).toBe(true);
    }
  });

  it('every correction says what is right, as well as what was wrong', () => {
    const corrections = allUpdates().filter((u) => u.kind === 'correction');
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect(wordingOf(c).correction, c.id).toBeTruthy();
  });

  it('has unique ids and runs newest first; the newest is covered by the last review', () => {
    const ids = allUpdates().map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = allUpdates().map((u) => u.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // A returning reader's markers run up to the review they last saw, so none may come after it.
    expect((dates[0] ?? '') <= record.reviewed).toBe(true);
  });

  it('logs every event added after the first edition', () => {
    const logged = allUpdates()
      .filter((u) => u.kind === 'event')
      .map((u) => u.item.id);
    for (const id of logged) expect(eventById(id), id).toBeDefined();
    expect(logged).toContain('first-phone-call');
  });
});

describe('what the next review starts with', () => {
  it.each([
    ['references', referencesToReview(), Object.keys(referenceTable).length],
    ['commitments', commitmentsToReview(), commitments.length],
    ['offices still held', openOfficesToReview(), openOffices(people).length],
  ])('lists every one of the %s, oldest check first', (_, items, count) => {
    expect(items).toHaveLength(count);
    const days = items.map((item) => item.checked);
    expect(days).toEqual([...days].sort());
  });
});
