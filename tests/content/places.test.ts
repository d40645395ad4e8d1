import { events } from '../../src/content/events';
import { placeById } from '../../src/content/placeSelectors';
import { places, summitTrip } from '../../src/content/places';
import { referenceById } from '../../src/content/referenceSelectors';
import type { StoryEvent } from '../../src/content/types';

// The places of the journey map: each one real, used, and named as the events' own cited text
// names it.

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('the places on the journey map', () => {
  it('have unique slug ids and coordinates on the globe', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !slug.test(id))).toEqual([]);
    for (const p of places) {
      expect(Math.abs(p.lon), p.id).toBeLessThanOrEqual(180);
      expect(Math.abs(p.lat), p.id).toBeLessThanOrEqual(90);
    }
  });

  it('include every place an event names', () => {
    const missing = events.flatMap((e: StoryEvent<string>) =>
      e.place && !placeById(e.place) ? [`${e.id} at ${e.place}`] : [],
    );
    expect(missing).toEqual([]);
  });

  it('are named as the cited text of each event held there names them', () => {
    const unnamed = events.flatMap((e: StoryEvent<string>) => {
      const name = e.place && placeById(e.place)?.name;
      if (!name) return [];
      return [e.title, e.summary, e.significance].some((text) => text.includes(name)) ? [] : [e.id];
    });
    expect(unnamed).toEqual([]);
  });

  it('are each where an event happened, or where the trip set out from', () => {
    const used = new Set<string>([
      summitTrip.start,
      ...events.flatMap((e: StoryEvent<string>) => e.place ?? []),
    ]);
    expect(places.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it("cite the trip's start with a known reference", () => {
    expect(summitTrip.citations.length).toBeGreaterThan(0);
    for (const citation of summitTrip.citations)
      if (citation.kind === 'reference') expect(referenceById(citation.referenceId)).toBeDefined();
  });

  it('are referred to by typed ids, so a missing place fails the type check', () => {
    // @ts-expect-error: there is no such place
    const place: StoryEvent['place'] = 'atlantis';
    expect(placeById(place ?? '')).toBeUndefined();
    const found: StoryEvent['place'] = 'busan';
    expect(placeById(found ?? '')).toBeDefined();
  });
});
