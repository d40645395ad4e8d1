import type { IsoDay } from '../types';

// Labels of the timeline strips that must never overlap, placed without measuring text: each is
// given the room a label of its kind needs at the strips' 12.5-unit font, with some to spare for
// languages that write it longer.

/** A stretch of the x axis: [from, to]. */
export type Box = [number, number];

/** Room for a year and for an era's title; a row of titles; the gap between labels. */
export const room = { year: 40, era: 134, row: 16, gap: 4 };

const round = (n: number) => Math.round(n * 10) / 10;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10) as IsoDay;

/** Whether a box keeps a gap from every other. */
export const isClear = (box: Box, others: Box[]) =>
  others.every(([a, b]) => box[1] + room.gap <= a || box[0] >= b + room.gap);

/** A tick on a strip's axis; `label` says how its date is written, if at all, on `labelY`. */
export interface StripTick {
  x: number;
  date: IsoDay;
  label?: 'year' | 'day';
  labelY?: number;
  anchor: 'start' | 'middle' | 'end';
}

/** An era's title above its band (`y` is a baseline), with a line down to the band's edge. */
export interface StripLabel {
  eraId: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  leader: { x: number; y1: number; y2: number };
}

/**
 * A strip's ticks: its first and last day, and the steps between. A step's year is written only
 * where it clears the first day's year and `reserved` (where the bracket drops); a full date has a
 * line of its own below the years, so the two never meet.
 */
export function ticksOf(
  scale: (time: number) => number,
  steps: readonly Date[],
  [from, to]: [number, number],
  axisY: number,
  { isEndLabelled, reserved }: { isEndLabelled: boolean; reserved: Box[] },
): StripTick[] {
  const [x0, x1] = [scale(from), scale(to)];
  const labelY = axisY + 17;
  const first: StripTick = { x: x0, date: isoDay(from), label: 'year', labelY, anchor: 'start' };
  const last: StripTick = isEndLabelled
    ? { x: x1, date: isoDay(to), label: 'day', labelY: labelY + 15, anchor: 'end' }
    : { x: x1, date: isoDay(to), anchor: 'end' };
  const taken: Box[] = [[x0, x0 + room.year], ...reserved];
  const between = steps
    .map((step) => step.getTime())
    .filter((time) => time > from && time < to)
    .map((time): StripTick => {
      const x = round(scale(time));
      const isYear = new Date(time).getUTCMonth() === 0;
      return isYear && isClear([x - room.year / 2, x + room.year / 2], taken)
        ? { x, date: isoDay(time), label: 'year', labelY, anchor: 'middle' }
        : { x, date: isoDay(time), anchor: 'middle' };
    });
  return [first, ...between, last];
}

/**
 * Era titles in rows above their bands (whose top is at `top`), each at its band's start or end
 * edge, narrowest band first: no two in a row overlap, none leaves `bounds`, and no leader line
 * runs through a title in a row below it. `rows` is how many rows they take.
 */
export function eraLabels(
  bands: readonly { eraId: string; x: number; width: number }[],
  bounds: Box,
) {
  type Spot = { eraId: string; row: number; anchor: 'start' | 'end'; at: number; box: Box };
  const placed: Spot[] = [];
  const fits = (spot: Spot) =>
    spot.box[0] >= bounds[0] - 0.1 &&
    spot.box[1] <= bounds[1] + 0.1 &&
    placed.every((other) => {
      if (other.row === spot.row) return isClear(spot.box, [other.box]);
      const [upper, lower] = other.row > spot.row ? [other, spot] : [spot, other];
      return isClear([upper.at, upper.at], [lower.box]);
    });
  for (const { eraId, x, width } of [...bands].sort((a, b) => a.width - b.width)) {
    const spots = [0, 1, 2, 3].flatMap((row): Spot[] => [
      { eraId, row, anchor: 'start', at: x, box: [x, x + room.era] },
      { eraId, row, anchor: 'end', at: x + width, box: [x + width - room.era, x + width] },
    ]);
    placed.push(spots.find(fits) ?? { eraId, row: 4, anchor: 'start', at: x, box: [x, x] });
  }
  return {
    rows: Math.max(-1, ...placed.map((spot) => spot.row)) + 1,
    /** The titles, once the top of the bands is known. */
    at: (top: number): StripLabel[] =>
      placed.map(({ eraId, row, anchor, at }) => {
        const y = round(top - 5 - row * room.row);
        return {
          eraId,
          x: round(at + (anchor === 'start' ? 3 : -3)),
          y,
          anchor,
          leader: { x: round(at), y1: round(y - 10), y2: top },
        };
      }),
  };
}
