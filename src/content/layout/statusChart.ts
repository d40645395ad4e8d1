import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { Commitment, CommitmentId, IsoDay, StatusId } from '../types';

/** A status's part of the bar of counts now; a status no commitment is at has no width. */
export interface StatusSegment {
  status: StatusId;
  count: number;
  x: number;
  width: number;
}

/** One status's band of the stacked steps over time, as an SVG path. */
export interface StatusLayer {
  status: StatusId;
  d: string;
}

/** A commitment reaching a new status (or first appearing) after the first pledge. */
export interface StatusMove {
  date: IsoDay;
  commitment: CommitmentId;
  status: StatusId;
}

/** Where the chart's words go: the rows of the key, the axis dates, the count ticks. */
export interface StatusChartLayout {
  /** The viewBox: narrow, so that its text stays legible on a 320 px phone. */
  width: number;
  height: number;
  /** How many commitments there are now. */
  total: number;
  /** Where the line naming the bar ("now") and the one naming the steps sit (baselines). */
  nowLabelY: number;
  historyLabelY: number;
  /** The bar of counts now, one segment per status, in the scale's order. */
  bar: { y: number; height: number; segments: StatusSegment[] };
  /** The key under the bar: one row per status, in the scale's order (`y` is the row's middle). */
  key: { status: StatusId; count: number; y: number }[];
  /** The stacked steps, from the first pledge to the end day. */
  history: {
    start: IsoDay;
    end: IsoDay;
    top: number;
    bottom: number;
    left: number;
    right: number;
    /** Bands from the bottom up, in the scale's order; statuses never reached have none. */
    layers: StatusLayer[];
    /** A mark at each day a status changed, above the stack. */
    points: { date: IsoDay; x: number; y: number }[];
    /** Month ticks of the time axis, with how their label should sit. */
    ticks: { year: number; month: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
    /** Count ticks of the vertical axis. */
    counts: { count: number; y: number }[];
  };
  /** Every move after the first pledge, oldest first. */
  moves: StatusMove[];
}

const width = 320;
/** The bar's top, below the line that says it is now, and its height. */
const [barTop, barHeight] = [20, 32];
/** The height of a line of the key: each line is part of a link, so a finger can hit it. */
const keyLine = 28;
const round = (n: number) => Math.round(n * 10) / 10;
const time = (day: IsoDay) => new Date(`${day}T00:00:00Z`);

/** A commitment's status on a day: its newest step on or before it, none before its pledge. */
function statusOn(commitment: Commitment, day: IsoDay): StatusId | undefined {
  return commitment.history.filter((step) => step.date <= day).at(-1)?.status;
}

/** Every move after the first pledge: a status different from the step before, or a late pledge. */
function movesOf(commitments: readonly Commitment[], start: IsoDay, end: IsoDay): StatusMove[] {
  return commitments
    .flatMap((c) =>
      c.history
        .filter((step, index) =>
          index === 0 ? step.date > start : step.status !== c.history[index - 1]?.status,
        )
        .filter((step) => step.date <= end)
        .map((step) => ({ date: step.date, commitment: c.id, status: step.status })),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The smallest month step that leaves at most `most` ticks between two days. */
function monthTicks(scale: ReturnType<typeof scaleUtc<number>>, most: number) {
  for (const step of [1, 2, 3, 6, 12, 24, 60, 120]) {
    const ticks = scale.ticks(utcMonth.every(step) ?? utcMonth);
    if (ticks.length <= most) return ticks;
  }
  return [];
}

/**
 * Lays out the checklist in one picture: a bar of how many commitments stand at each status now,
 * with a key, and the same counts as stacked steps over time, from the first pledge to `end`
 * (the day the record was last reviewed). Pure: the same commitments give the same picture.
 */
export function layoutStatusChart(
  commitments: readonly Commitment[],
  statuses: readonly { id: StatusId }[],
  end: IsoDay,
): StatusChartLayout {
  const firstDays = commitments.flatMap((c) => c.history[0]?.date ?? []);
  const start = firstDays.reduce((a, b) => (b < a ? b : a), end);
  const countsOn = (day: IsoDay) =>
    statuses.map((s) => commitments.filter((c) => statusOn(c, day) === s.id).length);

  // The bar of counts now.
  const now = countsOn(end);
  const total = now.reduce((a, b) => a + b, 0);
  const barX = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([1, width - 1]);
  let before = 0;
  const segments = statuses.map((s, index) => {
    const count = now[index] ?? 0;
    const x = round(barX(before));
    before += count;
    return { status: s.id, count, x, width: round(barX(before) - x) };
  });
  const key = statuses.map((s, index) => ({
    status: s.id,
    count: now[index] ?? 0,
    y: barTop + barHeight + 24 + index * keyLine,
  }));

  // The stacked steps: one interval from each day anything changed to the next.
  const moves = movesOf(commitments, start, end);
  const days = [start, ...new Set(moves.map((m) => m.date))];
  const steps = days.map((day) => countsOn(day));
  const top = barTop + barHeight + keyLine * statuses.length + 52;
  const [bottom, left, right] = [top + 120, 28, width - 8];
  const x = scaleUtc()
    .domain([time(start), time(end)])
    .range([left, right]);
  const most = Math.max(1, ...steps.map((counts) => counts.reduce((a, b) => a + b, 0)));
  const y = scaleLinear().domain([0, most]).range([bottom, top]);
  const edges = [...days.map((day) => round(x(time(day)))), round(x(time(end)))];

  const layers = statuses.flatMap((s, k) => {
    if (steps.every((counts) => !counts[k])) return [];
    const below = steps.map((counts) => counts.slice(0, k).reduce((a, b) => a + b, 0));
    const upper = steps.map((counts, i) => round(y((below[i] ?? 0) + (counts[k] ?? 0))));
    const lower = below.map((n) => round(y(n)));
    let d = `M${edges[0]} ${upper[0]}`;
    upper.forEach((yUp, i) => {
      d += `H${edges[i + 1]}`;
      const next = upper[i + 1];
      if (next !== undefined && next !== yUp) d += `V${next}`;
    });
    for (let i = lower.length - 1; i >= 0; i -= 1) {
      d += `V${lower[i]}H${edges[i]}`;
    }
    return [{ status: s.id, d: `${d}Z` }];
  });

  const points = days.slice(1).map((day, i) => {
    const sum = (steps[i + 1] ?? []).reduce((a, b) => a + b, 0);
    return { date: day, x: edges[i + 1] ?? left, y: round(y(sum) - 8) };
  });
  const ticks = monthTicks(x, 3).map((tick) => {
    const at = round(x(tick));
    const anchor: 'start' | 'middle' | 'end' =
      at - left < 40 ? 'start' : right - at < 40 ? 'end' : 'middle';
    return { year: tick.getUTCFullYear(), month: tick.getUTCMonth() + 1, x: at, anchor };
  });
  // Round counts, and the most there have been, so the top of the stack reads as "all of them".
  const counts = [...new Set([...y.ticks(2).filter((n) => most - n >= most / 4), most])].map(
    (count) => ({ count, y: round(y(count)) }),
  );

  return {
    width,
    height: bottom + 28,
    total,
    nowLabelY: barTop - 8,
    historyLabelY: top - 28,
    bar: { y: barTop, height: barHeight, segments },
    key,
    history: { start, end, top, bottom, left, right, layers, points, ticks, counts },
    moves,
  };
}
