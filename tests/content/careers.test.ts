import { sortKey } from '../../src/content/dates';
import { summitDay } from '../../src/content/eventSelectors';
import { layoutCareers } from '../../src/content/layout/careers';
import { officeOn, postsOf } from '../../src/content/offices';
import { principals } from '../../src/content/peopleSelectors';
import { careers } from '../../src/content/pictures/careers';
import { record } from '../../src/content/record';
import type { Person } from '../../src/content/types';

const leaders = principals();
const rowOf = (layout: typeof careers, person: Person) =>
  layout.rows.find((row) => row.person === person.id);

describe('two lives side by side', () => {
  it('has a row per leader and a bar per office and seat, later ones further right', () => {
    expect(careers.rows.map((row) => row.person)).toEqual(leaders.map((p) => p.id));
    for (const person of leaders) {
      const bars = rowOf(careers, person)?.bars ?? [];
      expect(bars).toHaveLength(person.offices.length + (person.seats?.length ?? 0));
      const starts = bars.map((bar) => bar.x);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      bars.forEach((bar, index) => {
        const held = postsOf(person)[index];
        expect(bar.isOpen, held?.post.title).toBe(!held?.post.end);
        expect(bar.isSeat, held?.post.title).toBe(held?.isSeat);
        if (bar.isOpen) expect(bar.x + bar.width).toBeCloseTo(careers.endX, 0);
      });
    }
  });

  it('draws a seat in parliament beside the offices held at the same time', () => {
    const ishiba = leaders.find((p) => p.id === 'shigeru-ishiba');
    if (!ishiba) throw new Error('no Ishiba');
    const bars = rowOf(careers, ishiba)?.bars ?? [];
    const seat = bars.find((bar) => bar.isSeat);
    const primeMinister =
      bars[postsOf(ishiba).findIndex(({ post }) => post === officeOn(ishiba, summitDay()))];
    expect(seat && primeMinister).toBeTruthy();
    if (seat && primeMinister) {
      expect(seat.x).toBeLessThan(primeMinister.x);
      expect(seat.x + seat.width).toBeGreaterThanOrEqual(primeMinister.x + primeMinister.width);
    }
  });

  it('draws the summit line at the summit, across the office each leader then held', () => {
    const day = summitDay();
    expect(careers.summit.x).toBeLessThanOrEqual(careers.endX);
    for (const person of leaders) {
      const held = officeOn(person, day);
      const bar = rowOf(careers, person)?.bars[postsOf(person).findIndex((p) => p.post === held)];
      expect(bar, person.id).toBeDefined();
      if (bar) {
        expect(careers.summit.x).toBeGreaterThanOrEqual(bar.x);
        expect(careers.summit.x).toBeLessThanOrEqual(bar.x + bar.width);
      }
    }
    const earlier = layoutCareers(leaders, '2010-01-01', record.reviewed);
    expect(earlier.summit.x).toBeLessThan(careers.summit.x);
  });

  it('adds a bar when a leader gains an office', () => {
    const [first, ...others] = leaders;
    if (!first) throw new Error('no leaders');
    const more: Person = {
      ...first,
      offices: [
        {
          title: 'An earlier office',
          start: { precision: 'day', day: '1990-01-01' },
          end: { precision: 'day', day: '1995-01-01' },
          citations: [],
        },
        ...first.offices,
      ],
    };
    const layout = layoutCareers([more, ...others], summitDay(), record.reviewed);
    expect(rowOf(layout, more)?.bars).toHaveLength(postsOf(first).length + 1);
    expect(layout.height).toBeGreaterThan(careers.height);
  });

  it('puts every name, birth and title on a line of its own, clear of the bars', () => {
    const baselines = careers.rows.flatMap((row) => [
      row.nameY,
      ...(row.born ? [row.born.y + 4.5] : []),
      ...row.bars.map((bar) => bar.labelY),
    ]);
    const sorted = [...baselines].sort((a, b) => a - b);
    sorted
      .slice(1)
      .forEach((y, index) => expect(y - (sorted[index] ?? 0)).toBeGreaterThanOrEqual(16));
    for (const bar of careers.rows.flatMap((row) => row.bars)) {
      expect(bar.barY).toBeGreaterThan(bar.labelY);
      const nextLine = sorted.find((y) => y > bar.labelY) ?? careers.axisY + 14;
      expect(bar.barY + careers.barHeight).toBeLessThan(nextLine - 12);
    }
    expect(Math.max(...baselines)).toBeLessThan(careers.axisY);
  });

  it('places each birth on the axis, before every office', () => {
    for (const person of leaders) {
      const row = rowOf(careers, person);
      if (!person.born) continue;
      expect(row?.born).toBeDefined();
      const first = row?.bars[0];
      if (row?.born && first) expect(row.born.x).toBeLessThan(first.x);
      expect(sortKey(person.born.date)).toBeLessThan(
        Math.min(...postsOf(person).map(({ post }) => sortKey(post.start))),
      );
    }
  });
});
