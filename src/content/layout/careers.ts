import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { sortKey } from '../dates';
import { postsOf } from '../offices';
import type { DateValue, IsoDay, Person, PersonId } from '../types';

/**
 * One office as a bar on its own line, its title on the line above (`labelY` is a baseline),
 * aligned to the side of the chart the bar is on, so a long title still fits the width.
 */
export interface CareerBar {
  /** Its place in the person's career, offices and seats together (`postsOf`). */
  post: number;
  /** A seat in parliament, drawn apart from the offices. */
  isSeat: boolean;
  x: number;
  width: number;
  /** Where the title sits: at the chart's edge nearer the bar, aligned to that edge. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  labelY: number;
  barY: number;
  /** Still held: the bar runs to the end day, and is drawn open-ended. */
  isOpen: boolean;
}

/** One person's rows: their name, their life line from birth, and their offices. */
export interface CareerRow {
  person: PersonId;
  /** The baseline of the name. */
  nameY: number;
  /** Where they were born on the axis, on the life line at `y`, if the content gives a date. */
  born?: { x: number; y: number };
  bars: CareerBar[];
}

export interface CareersLayout {
  /** The viewBox: narrow, so that its text stays legible on a 320 px phone. */
  width: number;
  height: number;
  left: number;
  right: number;
  /** The height of every office's bar. */
  barHeight: number;
  /** Where the life lines and the open-ended bars stop: the end day's position. */
  endX: number;
  rows: CareerRow[];
  /** The summit's vertical line, and its label's baseline and side. */
  summit: { x: number; top: number; bottom: number; labelY: number; anchor: 'start' | 'end' };
  /** The time axis: its line's height and a tick per year shown. */
  axisY: number;
  ticks: { year: number; x: number }[];
}

const width = 340;
const [left, right] = [8, width - 8];
const [barHeight, officeLine, nameLine, lifeLine, rowGap] = [10, 32, 22, 24, 14];
const round = (n: number) => Math.round(n * 10) / 10;
const at = (date: DateValue) => new Date(sortKey(date));
const dayOf = (iso: IsoDay): DateValue => ({ precision: 'day', day: iso });

/** The smallest year step that leaves at most `most` ticks. */
function yearTicks(scale: ReturnType<typeof scaleUtc<number>>, most: number) {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) {
    const ticks = scale.ticks(utcYear.every(step) ?? utcYear);
    if (ticks.length <= most) return ticks;
  }
  return [];
}

/**
 * Lays out careers on one shared time axis, from the earliest birth (or first office) to `end`
 * (the day the record was last reviewed): each person's name, a life line from birth, and each
 * office as a bar on its own line under its title, open-ended if still held; and a vertical line
 * at `summit`. Offices each get a line, so titles never overlap, however close the dates.
 */
export function layoutCareers(
  people: readonly Person[],
  summit: IsoDay,
  end: IsoDay,
): CareersLayout {
  const starts = people.flatMap((p) => [
    ...(p.born ? [sortKey(p.born.date)] : []),
    ...postsOf(p).map(({ post }) => sortKey(post.start)),
  ]);
  const first = new Date(Math.min(...starts, sortKey(dayOf(end))));
  const x = scaleUtc()
    .domain([utcYear.floor(first), at(dayOf(end))])
    .range([left, right]);
  const top = 28;
  let y = top;
  const rows = people.map((person) => {
    const nameY = y + 14;
    y += nameLine;
    let born: CareerRow['born'];
    if (person.born) {
      born = { x: round(x(at(person.born.date))), y: y + 8 };
      y += lifeLine;
    }
    const bars = postsOf(person).map(({ post: office, isSeat }, index) => {
      const from = round(x(at(office.start)));
      const to = round(x(at(office.end ?? dayOf(end))));
      const isRight = (from + to) / 2 > width / 2;
      const bar = {
        post: index,
        isSeat,
        x: from,
        width: round(Math.max(to - from, 2)),
        labelX: isRight ? right : left,
        labelAnchor: isRight ? ('end' as const) : ('start' as const),
        labelY: y + 11,
        barY: y + 16,
        isOpen: !office.end,
      };
      y += officeLine;
      return bar;
    });
    y += rowGap;
    return { person: person.id, nameY, ...(born ? { born } : {}), bars };
  });
  const axisY = y;
  const summitX = round(x(at(dayOf(summit))));
  return {
    width,
    height: axisY + 24,
    left,
    right,
    barHeight,
    endX: round(x(at(dayOf(end)))),
    rows,
    summit: {
      x: summitX,
      top: top - 6,
      bottom: axisY,
      labelY: top - 12,
      anchor: summitX > width / 2 ? 'end' : 'start',
    },
    axisY,
    ticks: yearTicks(x, 7).map((tick) => ({
      year: tick.getUTCFullYear(),
      x: round(x(tick)),
    })),
  };
}
