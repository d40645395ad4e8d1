import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { sortKey } from '../dates';
import type { DateValue, IsoDay } from '../types';
import { eraLabels, room, ticksOf, type StripLabel, type StripTick } from './stripLabels';

export type { StripLabel, StripTick };

// The timeline at a glance: two strips, each a true time scale. The top one runs from the first
// event to the end day, its dots stacked where they crowd, so the burst of recent events stands as
// a tower; the lower one enlarges the recent stretch, with its marks spaced for a finger. A
// bracket joins the stretch on the top strip to the lower strip. Geometry only: no words.

/** An event as the strip needs it. */
export interface StripEvent {
  id: string;
  date: DateValue;
  era: string;
}

/** One event's mark: a link to its page. Exactly one per event. */
export interface StripMark {
  eventId: string;
  /** The strip it is drawn on: the top one before the enlarged stretch, the lower one in it. */
  strip: StripId;
  /** The centre of its dot: `x` at its first day, `y` in its lane, clear of every other mark. */
  x: number;
  y: number;
  /** The dot's radius. */
  r: number;
  /** The radius a pointer can hit: up to 24 CSS px across, never reaching another mark's. */
  target: number;
  /** Where a span of days ends on the same line, for an event that lasted. */
  xEnd?: number;
  /** Its first day. */
  date: IsoDay;
}

/** An event of the enlarged stretch drawn again, small, on the top strip: part of the tower. */
export interface StripEcho {
  eventId: string;
  x: number;
  y: number;
  r: number;
}

export interface Strip {
  /** The first and last day it shows. */
  from: IsoDay;
  to: IsoDay;
  /** Where those days fall. */
  x0: number;
  x1: number;
  /** The top of its era bands and the line of its axis, which its marks stand on. */
  top: number;
  axisY: number;
  /** Where the days after the record's reach fall, if they do: drawn hatched, not as empty. */
  beyond?: { x: number; width: number };
  /** Each era's band; `tone` alternates with the eras' order, so an era keeps it on both strips. */
  bands: { eraId: string; x: number; width: number; tone: 0 | 1 }[];
  /** Each era is named once: on the lower strip if it reaches it, else on the top one. */
  labels: StripLabel[];
  ticks: StripTick[];
}

export type StripId = 'main' | 'zoom';

export interface TimelineStripLayout {
  /** The viewBox: narrow, so that at 288 CSS px (a 320 px phone) one unit is 0.9 px. */
  width: number;
  height: number;
  strips: Record<StripId, Strip>;
  marks: StripMark[];
  echoes: StripEcho[];
  /** The bracket from the enlarged stretch on the top strip to the lower strip's ends. */
  bracket: string;
  /** The last day the record covers: the hatching starts the day after. */
  coversTo: IsoDay;
}

export interface StripOptions {
  /** The last day shown: the day the record was reviewed, never the build machine's clock. */
  end: IsoDay;
  /** The last day the record covers: later days are a gap in our sources, not a quiet time. */
  coversTo: IsoDay;
  /** The first day of the enlarged stretch. */
  zoomFrom: IsoDay;
}

const width = 320;
const [left, right] = [18, width - 18];
/** Mark centres' spacing: a dense dot plot on top; 24 CSS px at 0.9 px a unit below. */
const pitch: Record<StripId, number> = { main: 6, zoom: 27 };
const dotRadius: Record<StripId, number> = { main: 2.5, zoom: 6 };
const maxTarget = 13.5;

const round = (n: number) => Math.round(n * 10) / 10;
const utc = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10) as IsoDay;

/** The last day a date covers, where its span ends. */
function lastDay(date: DateValue): number {
  if (date.precision !== 'range') return sortKey(date);
  const { end } = date;
  if (end.precision === 'day') return sortKey(end);
  return end.precision === 'month' ? Date.UTC(end.year, end.month, 0) : Date.UTC(end.year, 11, 31);
}

/** A lane for each item, the lowest whose last item (and its span) ends a pitch before it. */
function lanes(items: { x: number; xEnd?: number }[], step: number): number[] {
  const laneEnds: number[] = [];
  return items.map(({ x, xEnd }) => {
    const found = laneEnds.findIndex((end) => end <= x - step / 2 + 1e-9);
    const lane = found < 0 ? laneEnds.length : found;
    laneEnds[lane] = Math.max(x, xEnd ?? x) + step / 2;
    return lane;
  });
}

/** Each era's band, from its first event to the next era's; the last runs to the end day. */
function bandsOf(eras: readonly { id: string }[], events: StripEvent[], end: number) {
  const starts = eras
    .map((era, index) => ({
      eraId: era.id,
      tone: (index % 2) as 0 | 1,
      start: Math.min(...events.filter((e) => e.era === era.id).map((e) => sortKey(e.date))),
    }))
    .filter((band) => Number.isFinite(band.start))
    .sort((a, b) => a.start - b.start);
  return starts.map((band, i) => ({ ...band, end: starts[i + 1]?.start ?? end }));
}

/** Lays the events out on the two strips. Throws if an event starts after the end day. */
export function layoutTimelineStrip(
  events: readonly StripEvent[],
  eras: readonly { id: string }[],
  { end, coversTo, zoomFrom }: StripOptions,
): TimelineStripLayout {
  const ordered = [...events].sort(
    (a, b) => sortKey(a.date) - sortKey(b.date) || a.id.localeCompare(b.id),
  );
  const last = utc(end);
  const late = ordered.find((e) => sortKey(e.date) > last);
  if (late) throw new Error(`The event ${late.id} starts after the strip's end, ${end}.`);
  const start = Math.min(...ordered.map((e) => sortKey(e.date)), utc(zoomFrom));
  const split = utc(zoomFrom);
  const scales = {
    main: scaleUtc([start, last], [left, right]),
    zoom: scaleUtc([split, last], [left, right]),
  };
  const xOf = (strip: StripId, time: number) => round(scales[strip](time));
  // The days after the record's reach, hatched where they take a unit or more.
  const beyondOn = (strip: StripId, from: number) => {
    const x = xOf(strip, Math.max(utc(coversTo) + 86_400_000, from));
    return right - x >= 1 ? { beyond: { x, width: round(right - x) } } : {};
  };
  const isZoomed = (e: StripEvent) => sortKey(e.date) >= split;

  // The top strip stacks every event, the zoomed ones as echoes; the lower one only those.
  const placeOn = (strip: StripId, items: StripEvent[]) => {
    const spots = items.map((e) => {
      const x = xOf(strip, sortKey(e.date));
      const xEnd = e.date.precision === 'range' ? xOf(strip, lastDay(e.date)) : undefined;
      return { event: e, x, xEnd: xEnd !== undefined && xEnd > x ? xEnd : undefined };
    });
    const laneOf = lanes(spots, pitch[strip]);
    return { spots, laneOf, height: (Math.max(-1, ...laneOf) + 1) * pitch[strip] };
  };
  const main = placeOn('main', ordered);
  const zoom = placeOn('zoom', ordered.filter(isZoomed));

  // Bands and era titles, each era named once.
  const allBands = bandsOf(eras, ordered, last);
  const bandsOn = (strip: StripId, [from, to]: [number, number]) =>
    allBands
      .map((b) => ({ ...b, from: Math.max(b.start, from), to: Math.min(b.end, to) }))
      .filter((b) => b.to > b.from)
      .map((b) => ({
        eraId: b.eraId,
        x: xOf(strip, b.from),
        width: round(xOf(strip, b.to) - xOf(strip, b.from)),
        tone: b.tone,
      }));
  const zoomBands = bandsOn('zoom', [split, last]);
  const mainBands = bandsOn('main', [start, last]);
  const zoomEras = new Set(zoomBands.map((b) => b.eraId));
  const mainNamed = mainBands.filter((b) => !zoomEras.has(b.eraId));

  // Top strip: titles, bands, its tower of dots, its axis and ticks.
  const mainLabels = eraLabels(mainNamed, [left, right]);
  const mainTop = mainLabels.rows * room.row + 6;
  const mainAxis = mainTop + 4 + main.height;
  const zoomX = xOf('main', split);
  const mainStrip: Strip = {
    from: isoDay(start),
    to: end,
    x0: left,
    x1: right,
    top: mainTop,
    axisY: mainAxis,
    ...beyondOn('main', start),
    bands: mainBands,
    labels: mainLabels.at(mainTop),
    ticks: ticksOf((t) => scales.main(t), scales.main.ticks(6), [start, last], mainAxis, {
      isEndLabelled: false,
      reserved: [[zoomX, right]],
    }),
  };

  // The bracket drops below the top strip's tick labels, then opens to the lower strip's width.
  const dropY = mainAxis + 24;
  const mouthY = dropY + 22;
  const zoomLabels = eraLabels(zoomBands, [left, right]);
  const zoomTop = mouthY + zoomLabels.rows * room.row + 6;
  const zoomAxis = zoomTop + 4 + zoom.height;
  const zoomStrip: Strip = {
    from: zoomFrom,
    to: end,
    x0: left,
    x1: right,
    top: zoomTop,
    axisY: zoomAxis,
    ...beyondOn('zoom', split),
    bands: zoomBands,
    labels: zoomLabels.at(zoomTop),
    ticks: ticksOf(
      (t) => scales.zoom(t),
      scales.zoom.ticks(utcMonth.every(3) ?? utcMonth),
      [split, last],
      zoomAxis,
      { isEndLabelled: true, reserved: [] },
    ),
  };

  // Each event's dot in its lane above the axis: on the top strip the marks of the events before
  // the enlarged stretch, and the echoes of those in it; on the lower strip, their marks.
  const dotsOn = (strip: StripId, { spots, laneOf }: typeof main, axis: number) =>
    spots.map(({ event, x, xEnd }, i) => ({
      event,
      x,
      y: round(axis - pitch[strip] / 2 - (laneOf[i] ?? 0) * pitch[strip]),
      r: dotRadius[strip],
      xEnd,
    }));
  const mainDots = dotsOn('main', main, mainAxis);
  const toMark =
    (strip: StripId) =>
    ({ event, xEnd, ...dot }: (typeof mainDots)[number]): Omit<StripMark, 'target'> => ({
      eventId: event.id,
      strip,
      ...dot,
      ...(xEnd === undefined ? {} : { xEnd }),
      date: isoDay(sortKey(event.date)),
    });
  const placedMarks = [
    ...mainDots.filter((dot) => !isZoomed(dot.event)).map(toMark('main')),
    ...dotsOn('zoom', zoom, zoomAxis).map(toMark('zoom')),
  ];
  // A target reaches halfway to the nearest mark on its strip at most, so none overlap.
  const marks = placedMarks.map((mark) => {
    const nearest = Math.min(
      ...placedMarks
        .filter((other) => other !== mark && other.strip === mark.strip)
        .map((other) => Math.hypot(other.x - mark.x, other.y - mark.y)),
    );
    return { ...mark, target: Math.min(maxTarget, Math.floor((nearest / 2) * 10) / 10) };
  });
  const echoes = mainDots
    .filter((dot) => isZoomed(dot.event))
    .map(({ event, x, y, r }) => ({ eventId: event.id, x, y, r }));

  const bracket = [
    [zoomX, left],
    [right, right],
  ]
    .map(([top, bottom]) => `M${top},${mainAxis}V${dropY}L${bottom},${mouthY}V${zoomTop}`)
    .join('');

  return {
    width,
    height: zoomAxis + 38,
    strips: { main: mainStrip, zoom: zoomStrip },
    coversTo,
    marks,
    echoes,
    bracket,
  };
}
