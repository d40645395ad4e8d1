import { eventById } from '../../src/content/eventSelectors';
import {
  layoutJourneyMap,
  type JourneyMapInput,
  type JourneyMapLayout,
} from '../../src/content/layout/journeyMap';
import { journeyMap } from '../../src/content/pictures/journeyMap';
import { allPlaces, placedEvents, summitTripLegs } from '../../src/content/placeSelectors';
import { summitTrip } from '../../src/content/places';

// The journey map is laid out from the content: every event with a place is a dot there, and
// the trip's legs come from the summit's events in date order.

const content: JourneyMapInput<string, string> = {
  places: allPlaces(),
  events: placedEvents().map((e) => ({ id: e.id, place: e.place })),
  legs: summitTripLegs(),
};
const dots = (map: JourneyMapLayout) => map.spots.flatMap((spot) => spot.marks);

describe('the journey map', () => {
  it('has a dot for every event that names its place, and nothing else', () => {
    expect(
      dots(journeyMap)
        .map((mark) => mark.event)
        .sort(),
    ).toEqual(
      placedEvents()
        .map((e) => e.id)
        .sort(),
    );
    for (const mark of dots(journeyMap)) {
      const spot = journeyMap.spots.find((s) => s.marks.some((m) => m.event === mark.event));
      expect(spot?.id).toBe(eventById(mark.event)?.place);
    }
  });

  it('puts every place, dot and label inside the frame', () => {
    const { width, height } = journeyMap;
    const points = [
      ...journeyMap.spots.flatMap((spot) => [spot, spot.label, ...spot.marks]),
      ...journeyMap.legs.flatMap((leg) => leg.label ?? []),
    ];
    for (const { x, y } of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it('gains a dot when an event gains a place, or a new place is added', () => {
    const atTokyo = layoutJourneyMap({
      ...content,
      events: [...content.events, { id: 'one-more-in-tokyo', place: 'tokyo' }],
    });
    expect(dots(atTokyo)).toHaveLength(dots(journeyMap).length + 1);
    expect(atTokyo.spots.find((s) => s.id === 'tokyo')?.marks.map((m) => m.event)).toContain(
      'one-more-in-tokyo',
    );

    const andong = { id: 'andong', name: 'Andong', lon: 128.73, lat: 36.57 };
    const withAndong = layoutJourneyMap({
      ...content,
      places: [...content.places, andong],
      events: [...content.events, { id: 'andong-summit', place: 'andong' }],
    });
    const spot = withAndong.spots.find((s) => s.id === 'andong');
    expect(spot?.marks.map((m) => m.event)).toEqual(['andong-summit']);
    expect(spot?.isOffMap).toBe(false);
    expect(dots(withAndong)).toHaveLength(dots(journeyMap).length + 1);
  });

  it('draws the trip from where it set out, leg by leg, dated by the first event at each stop', () => {
    const legs = journeyMap.legs;
    expect(legs.map((leg) => leg.event)).toEqual(summitTripLegs().map((leg) => leg.event));
    expect(legs[0]?.from).toBe(summitTrip.start);
    expect(legs.slice(1).map((leg) => leg.from)).toEqual(legs.slice(0, -1).map((leg) => leg.to));
    for (const leg of legs) expect(eventById(leg.event)?.place).toBe(leg.to);
    expect(legs.every((leg) => /^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/.test(leg.d))).toBe(
      true,
    );
  });

  it('sends a leg to a place beyond the map to the edge it lies beyond', () => {
    const beyond = journeyMap.spots.filter((spot) => spot.isOffMap);
    expect(beyond.map((spot) => spot.id)).toContain('washington');
    const washington = beyond.find((spot) => spot.id === 'washington');
    expect(washington?.x).toBeGreaterThan(journeyMap.width * 0.9);
    const onward = journeyMap.legs.find((leg) => leg.to === 'washington');
    expect(onward?.label).toBeUndefined();
    expect(journeyMap.legs.filter((leg) => leg !== onward).every((leg) => leg.label)).toBe(true);
  });

  it('moves when a place moves', () => {
    const moved = layoutJourneyMap({
      ...content,
      places: content.places.map((p) => (p.id === 'nara' ? { ...p, lat: p.lat + 1 } : p)),
    });
    const y = (map: JourneyMapLayout) => map.spots.find((s) => s.id === 'nara')?.y ?? 0;
    expect(y(moved)).toBeLessThan(y(journeyMap) - 10);
  });

  it('keeps the coastlines within a byte budget, with numbers rounded to 0.1', () => {
    expect(journeyMap.land.length).toBeGreaterThan(1000);
    expect(journeyMap.land.length).toBeLessThan(8 * 1024);
    expect(journeyMap.borders.length).toBeLessThan(1024);
    expect(JSON.stringify(journeyMap)).not.toMatch(/\d\.\d\d/);
  });
});
