import { day, sortKey } from '../../src/content/dates';
import { allEvents } from '../../src/content/eventSelectors';
import {
  layoutTimelineStrip,
  type StripEvent,
  type StripMark,
} from '../../src/content/layout/timelineStrip';
import { timelineStrip } from '../../src/content/pictures/timelineStrip';
import { record } from '../../src/content/record';
import { eras } from '../../src/content/taxonomy';

const options = {
  end: record.reviewed,
  coversTo: record.coversTo,
  zoomFrom: '2025-01-01',
} as const;
const layout = (events: readonly StripEvent[]) => layoutTimelineStrip(events, eras, options);
const markOf = (marks: StripMark[], id: string) => {
  const mark = marks.find((m) => m.eventId === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
};

describe('the timeline at a glance', () => {
  const { marks, echoes, strips } = timelineStrip;

  it('gives every event exactly one mark, and nothing else a mark', () => {
    expect(marks.map((m) => m.eventId).sort()).toEqual(
      allEvents()
        .map((e) => e.id)
        .sort(),
    );
    expect(new Set(marks.map((m) => m.eventId)).size).toBe(marks.length);
  });

  it('puts the events of the enlarged stretch on the lower strip, and stacks them on the top one too', () => {
    const from = Date.parse(strips.zoom.from);
    const zoomed = allEvents().filter((e) => sortKey(e.date) >= from);
    expect(marks.filter((m) => m.strip === 'zoom').map((m) => m.eventId)).toEqual(
      zoomed.map((e) => e.id),
    );
    expect(echoes.map((e) => e.eventId)).toEqual(zoomed.map((e) => e.id));
  });

  it('places the marks in date order along each strip, within its ends', () => {
    for (const strip of ['main', 'zoom'] as const) {
      const onStrip = allEvents()
        .map((e) => markOf(marks, e.id))
        .filter((m) => m.strip === strip);
      const xs = onStrip.map((m) => m.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      for (const m of onStrip) {
        expect(m.x).toBeGreaterThanOrEqual(strips[strip].x0);
        expect(Math.max(m.x, m.xEnd ?? m.x)).toBeLessThanOrEqual(strips[strip].x1);
      }
    }
  });

  it('ends both strips on the day of our last review, not on the clock of the build', () => {
    for (const strip of Object.values(strips)) {
      expect(strip.to).toBe(record.reviewed);
      const last = strip.ticks.at(-1);
      expect(last?.date).toBe(record.reviewed);
      expect(last?.x).toBe(strip.x1);
    }
    const later = layoutTimelineStrip(allEvents(), eras, { ...options, end: '2027-06-30' });
    expect(later.strips.zoom.ticks.at(-1)?.date).toBe('2027-06-30');
    expect(markOf(later.marks, 'tokyo-summit').x).toBeLessThan(
      markOf(layout(allEvents()).marks, 'tokyo-summit').x,
    );
  });

  it('keeps every mark clear of the others, with targets that never overlap', () => {
    for (const a of marks) {
      for (const b of marks) {
        if (a === b || a.strip !== b.strip) continue;
        const apart = Math.hypot(a.x - b.x, a.y - b.y);
        expect(apart, `${a.eventId} and ${b.eventId}`).toBeGreaterThanOrEqual(a.target + b.target);
        expect(apart).toBeGreaterThanOrEqual(a.r + b.r);
      }
      if (a.strip !== 'main') continue;
      for (const echo of echoes) {
        expect(Math.hypot(a.x - echo.x, a.y - echo.y)).toBeGreaterThanOrEqual(a.r + echo.r);
      }
    }
  });

  it('spaces the lower strip’s marks for a finger: 24 CSS px apart at 0.9 px a unit', () => {
    for (const mark of marks.filter((m) => m.strip === 'zoom')) {
      expect(mark.target * 2 * 0.9).toBeGreaterThanOrEqual(24);
    }
  });

  it('adds a mark where a new event falls, on the strip its date belongs to', () => {
    const before = layout(allEvents());
    for (const [id, iso, strip] of [
      ['a-new-event-in-1950', '1950-05-01', 'main'],
      ['a-new-event-in-2025', '2025-08-24', 'zoom'],
    ] as const) {
      const date = day(iso);
      const after = layout([...allEvents(), { id, date, era: 'history' }]);
      expect(after.marks).toHaveLength(before.marks.length + 1);
      const added = markOf(after.marks, id);
      expect(added.strip).toBe(strip);
      expect(added.date).toBe(iso);
      const neighbours = allEvents().filter((e) => markOf(before.marks, e.id).strip === strip);
      const earlier = neighbours.filter((e) => sortKey(e.date) < sortKey(date)).at(-1);
      const later = neighbours.find((e) => sortKey(e.date) > sortKey(date));
      if (earlier) expect(added.x).toBeGreaterThanOrEqual(markOf(after.marks, earlier.id).x);
      if (later) expect(added.x).toBeLessThanOrEqual(markOf(after.marks, later.id).x);
    }
  });

  it('stacks marks of the same day in lanes instead of on top of each other', () => {
    const summit = allEvents().find((e) => e.id === 'tokyo-summit');
    if (!summit) throw new Error('the content has no Tokyo summit');
    const twin = { ...summit, id: 'a-twin' };
    const { marks: withTwin } = layout([...allEvents(), twin]);
    const [a, b] = [markOf(withTwin, 'tokyo-summit'), markOf(withTwin, 'a-twin')];
    expect(a.x).toBe(b.x);
    expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(a.target + b.target);
  });

  it('draws a band for each era with events, and names each era once', () => {
    const named = Object.values(strips).flatMap((s) => s.labels.map((l) => l.eraId));
    const withEvents = eras.filter((era) => allEvents().some((e) => e.era === era.id));
    expect(named.sort()).toEqual(withEvents.map((e) => e.id).sort());
    const bands = strips.main.bands;
    expect(bands[0]?.x).toBe(strips.main.x0);
    bands.slice(1).forEach((band, i) => {
      const previous = bands[i];
      expect(band.x).toBeCloseTo((previous?.x ?? 0) + (previous?.width ?? 0), 0);
    });
  });

  it('refuses an event later than the end day', () => {
    expect(() =>
      layout([...allEvents(), { id: 'from-the-future', date: day('2030-01-01'), era: 'history' }]),
    ).toThrow(/from-the-future/);
  });
});
