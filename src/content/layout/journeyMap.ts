import { geoConicConformal, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
  type RingWeighter,
} from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

/** Where a label sits beside its point, and which way its text runs from there. */
export interface LabelSpot {
  x: number;
  y: number;
  /** Its `text-anchor`. */
  anchor: 'start' | 'middle' | 'end';
  /** Whether its lines sit above the point, level with it, or below it. */
  baseline: 'above' | 'middle' | 'below';
}

/** An event's mark: a dot at its place. */
export interface MapMark<E extends string = string> {
  event: E;
  x: number;
  y: number;
}

/** A place on the map with its events' marks; one off the map sits at the edge it lies beyond. */
export interface MapSpot<P extends string = string, E extends string = string> {
  id: P;
  x: number;
  y: number;
  isOffMap: boolean;
  /** One dot per event held there, oldest first, side by side. */
  marks: MapMark<E>[];
  /** Where its name goes (and, off the map, the date of the leg that leaves for it). */
  label: LabelSpot;
}

/** A leg of a journey as a curve that bows north, ending in an arrow at its event's mark. */
export interface MapLeg<P extends string = string, E extends string = string> {
  from: P;
  to: P;
  event: E;
  /** A quadratic curve, in SVG path syntax. */
  d: string;
  /** Where its date goes; absent when it leaves the map (its place's label carries the date). */
  label?: LabelSpot;
}

/** The journey map, laid out: JSON-serialisable, numbers rounded to 0.1, no words. */
export interface JourneyMapLayout<P extends string = string, E extends string = string> {
  width: number;
  height: number;
  /** Land, simplified Natural Earth 1:50m coastlines, clipped to the frame. */
  land: string;
  /** Borders between countries on land. */
  borders: string;
  markRadius: number;
  spots: MapSpot<P, E>[];
  legs: MapLeg<P, E>[];
}

/** What the map is drawn from: the places, the events that have one (oldest first), the legs. */
export interface JourneyMapInput<P extends string, E extends string> {
  places: readonly { id: P; name: string; lon: number; lat: number }[];
  events: readonly { id: E; place: P }[];
  legs: readonly { from: P; to: P; event: E }[];
}

const width = 600;
/** Northeast Asia: the Korean peninsula and Japan from Kyushu to southern Hokkaido, with sea to the east. */
const extent = { west: 124, east: 146, south: 31, north: 42.5 };
/** The largest label size the stylesheet uses (on a narrow screen), so no two labels touch at any size. */
const font = 23;
/** Longest label estimates, in characters: a date ("30 September 2025") and "to {place}". */
const dateChars = 17;
const markRadius = 8;
const markSpacing = 2 * markRadius + 4;
const gap = 4;
/** Smallest area, in square units of the map, of a bend in a coastline or of an island kept. */
const minBend = 4;
const minIsland = 12;

type Box = [number, number, number, number];
const round = (n: number) => Math.round(n * 10) / 10;
const textBox = (chars: number, lines = 1) => ({ w: chars * 0.58 * font, h: lines * 1.2 * font });

const frame: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [extent.west, (extent.west + extent.east) / 2, extent.east].flatMap((lon) => [
    [lon, extent.south],
    [lon, extent.north],
  ]),
};
const projection = geoConicConformal()
  .parallels([33, 40])
  .rotate([-(extent.west + extent.east) / 2, 0])
  .fitWidth(width, frame);
const height = Math.ceil(geoPath(projection).bounds(frame)[1][1]);
projection.clipExtent([
  [0, 0],
  [width, height],
]);
const scale = projection.scale();

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/**
 * The world with every coastline or border whose bounding box lies far from the map cut to a
 * straight line between its ends, which stays inside that box, so simplifying takes a fraction
 * of the time and draws the same map.
 */
function nearby(topology: World): World {
  const { scale: [kx, ky] = [1, 1], translate: [tx, ty] = [0, 0] } = topology.transform ?? {};
  const margin = 10;
  const arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    const points = arc.map(([dx = 0, dy = 0]): [number, number] => [(x += dx), (y += dy)]);
    const [first, last] = [points[0], points.at(-1)];
    const lons = points.map(([px]) => px * kx + tx);
    const lats = points.map(([, py]) => py * ky + ty);
    const isFar =
      Math.min(...lons) > extent.east + margin ||
      Math.max(...lons) < extent.west - margin ||
      Math.min(...lats) > extent.north + margin ||
      Math.max(...lats) < extent.south - margin;
    if (!first || !last || points.length < 3 || !isFar) return arc;
    return [first, [last[0] - first[0], last[1] - first[1]]];
  });
  return { ...topology, arcs };
}

/** The coastlines and borders, simplified for this scale: a few kilobytes of path. */
function simplifiedLand() {
  const simple = simplify(
    presimplify(nearby(world as unknown as World), sphericalTriangleArea),
    minBend / scale ** 2,
  );
  // The types leave out the weigher's second argument (whether the ring is a hole), which it takes.
  const ringArea = sphericalRingArea as RingWeighter;
  const topology = filter(simple, filterWeight(simple, minIsland / scale ** 2, ringArea));
  const path = geoPath(projection).digits(1);
  const { countries, land } = topology.objects as World['objects'];
  return {
    land: path(feature(topology, land)) ?? '',
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
  };
}

let land: { land: string; borders: string } | undefined;
/** The land, drawn once: it does not change with the content. */
const drawLand = () => (land ??= simplifiedLand());

/** A place's point: projected if on the map, else on the edge of the frame it lies beyond. */
function locate(lon: number, lat: number) {
  const isOffMap =
    lon < extent.west || lon > extent.east || lat < extent.south || lat > extent.north;
  const middle = (extent.west + extent.east) / 2;
  const east = ((((lon - middle) % 360) + 540) % 360) - 180 > 0;
  const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
  const [x, y] = projection([
    isOffMap ? (east ? extent.east : extent.west) : lon,
    clamp(lat, extent.south, extent.north),
  ]) ?? [0, 0];
  const inset = markRadius + gap;
  if (!isOffMap) return { x, y, isOffMap };
  return { x: east ? width - inset : inset, y: clamp(y, inset, height - inset), isOffMap };
}

const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
  Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** A place being laid out: its point, and its row of dots from `first`, `span` long. */
interface Spot<P extends string> {
  place: { id: P; name: string };
  x: number;
  y: number;
  isOffMap: boolean;
  first: number;
  span: number;
}

/** The box around a row of dots, with some room to spare. */
const rowBox = ({ first, span, y }: Pick<Spot<string>, 'first' | 'span' | 'y'>, room = 0): Box => [
  first - markRadius - room,
  y - markRadius - room,
  first + span + markRadius + room,
  y + markRadius + room,
];

type Side = 'right' | 'left' | 'above' | 'below' | 'above-left' | 'below-left';

/** A label's spot and box on one side of what it names (a box around the marks or a point). */
function spotBeside([x0, y0, x1, y1]: Box, side: Side, w: number, h: number) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const spots: Record<Side, [LabelSpot, Box]> = {
    right: [
      { x: x1 + gap, y: cy, anchor: 'start', baseline: 'middle' },
      [x1 + gap, cy - h / 2, x1 + gap + w, cy + h / 2],
    ],
    left: [
      { x: x0 - gap, y: cy, anchor: 'end', baseline: 'middle' },
      [x0 - gap - w, cy - h / 2, x0 - gap, cy + h / 2],
    ],
    above: [
      { x: cx, y: y0 - gap, anchor: 'middle', baseline: 'above' },
      [cx - w / 2, y0 - gap - h, cx + w / 2, y0 - gap],
    ],
    below: [
      { x: cx, y: y1 + gap, anchor: 'middle', baseline: 'below' },
      [cx - w / 2, y1 + gap, cx + w / 2, y1 + gap + h],
    ],
    'above-left': [
      { x: x1, y: y0 - gap, anchor: 'end', baseline: 'above' },
      [x1 - w, y0 - gap - h, x1, y0 - gap],
    ],
    'below-left': [
      { x: x1, y: y1 + gap, anchor: 'end', baseline: 'below' },
      [x1 - w, y1 + gap, x1, y1 + gap + h],
    ],
  };
  return spots[side];
}

/** Places labels one by one where they cover the least of the marks, curves and labels placed so far. */
function labeller(obstacles: Box[]) {
  return (options: [Box, Side][], size: { w: number; h: number }): LabelSpot => {
    const scored = options.map(([target, side], preference) => {
      const [spot, box] = spotBeside(target, side, size.w, size.h);
      const inside = area(box, [0, 0, width, height]);
      const covered = obstacles.reduce((sum, other) => sum + area(box, other), 0);
      const outside = size.w * size.h - inside;
      return { spot, box, score: covered + 10 * outside + preference };
    });
    const best = scored.reduce((a, b) => (b.score < a.score ? b : a));
    obstacles.push(best.box);
    return { ...best.spot, x: round(best.spot.x), y: round(best.spot.y) };
  };
}

/** A curve from a to b bowing north, its ends pulled back so the arrow stops at the dot's edge. */
function curve(a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const flip = dx > 0 ? 1 : -1;
  const c = { x: (a.x + b.x) / 2 + flip * dy * 0.3, y: (a.y + b.y) / 2 - flip * dx * 0.3 };
  const toward = (p: { x: number; y: number }, q: { x: number; y: number }, by: number) => {
    const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    return { x: p.x + ((q.x - p.x) / l) * by, y: p.y + ((q.y - p.y) / l) * by };
  };
  const start = toward(a, c, markRadius + 2);
  const end = toward(b, c, markRadius + 3);
  const at = (t: number) => ({
    x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x,
    y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y,
  });
  const steps = Math.ceil(length / 12);
  const samples = Array.from({ length: steps + 1 }, (_, i): Box => {
    const { x, y } = at(i / steps);
    return [x - 3, y - 3, x + 3, y + 3];
  });
  /** Where a label could go along the curve, the middle first. */
  const along = [0.5, 0.4, 0.6, 0.3, 0.7].map((t): Box => {
    const { x, y } = at(t);
    return [x, y, x, y];
  });
  const [sx, sy, cx, cy, ex, ey] = [start.x, start.y, c.x, c.y, end.x, end.y].map(round);
  return { d: `M${sx},${sy}Q${cx},${cy} ${ex},${ey}`, along, samples };
}

/**
 * Lays out the journey map at build time: the land, a dot per event at its place (a place off
 * the map at the edge it lies beyond), a curve per leg of the journey, and where each label goes.
 */
export function layoutJourneyMap<P extends string, E extends string>({
  places,
  events,
  legs,
}: JourneyMapInput<P, E>): JourneyMapLayout<P, E> {
  const shown = places.filter(
    (place) =>
      events.some((e) => e.place === place.id) ||
      legs.some((leg) => leg.from === place.id || leg.to === place.id),
  );
  const spots: (Spot<P> & { marks: MapMark<E>[] })[] = [];
  for (const place of shown) {
    const { x, isOffMap, ...at } = locate(place.lon, place.lat);
    const here = events.filter((e) => e.place === place.id);
    const span = (here.length - 1) * markSpacing;
    const first = !isOffMap ? x - span / 2 : x > width / 2 ? x - span : x;
    // Two places closer than their dots (Tokyo and Yokosuka): the later one steps aside.
    let y = at.y;
    for (let step = 0; step < 60; step++) {
      const clash = spots.find((other) => area(rowBox({ first, span, y }, 2), rowBox(other)) > 0);
      if (!clash) break;
      y += y >= clash.y ? 1 : -1;
    }
    const marks = here.map((e, i) => ({
      event: e.id,
      x: round(first + i * markSpacing),
      y: round(y),
    }));
    spots.push({ place, x, y, isOffMap, first, span, marks });
  }
  const spotOf = (id: P) => spots.find((s) => s.place.id === id);
  const markOf = (event: E) => spots.flatMap((s) => s.marks).find((m) => m.event === event);
  const obstacles: Box[] = spots.map((spot) => rowBox(spot, 2));
  const curves = legs.flatMap((leg) => {
    const from = spotOf(leg.from);
    const to = markOf(leg.event) ?? spotOf(leg.to);
    if (!from || !to) return [];
    const order = events.findIndex((e) => e.id === leg.event);
    const departure = events.filter((e, i) => e.place === leg.from && i < order).at(-1);
    const drawn = curve((departure && markOf(departure.id)) ?? from, to);
    obstacles.push(...drawn.samples);
    return [{ leg, drawn, isOffMap: spotOf(leg.to)?.isOffMap ?? false }];
  });
  const place = labeller(obstacles);
  const laidLegs = curves.map(({ leg, drawn, isOffMap }) => {
    const sides: Side[] = ['above', 'below'];
    const options = drawn.along.flatMap((point) => sides.map((side): [Box, Side] => [point, side]));
    const label = isOffMap ? undefined : place(options, textBox(dateChars));
    return { from: leg.from, to: leg.to, event: leg.event, d: drawn.d, ...(label && { label }) };
  });
  const beside = (spot: Spot<P>, sides: Side[]) =>
    sides.map((side): [Box, Side] => [rowBox(spot), side]);
  const laidSpots = spots.map((spot) => {
    const { place: p, isOffMap } = spot;
    const label = isOffMap
      ? place(
          beside(spot, ['below-left', 'above-left', 'left']),
          textBox(Math.max(p.name.length + 6, dateChars), 2),
        )
      : place(beside(spot, ['right', 'left', 'above', 'below']), textBox(p.name.length));
    return { id: p.id, x: round(spot.x), y: round(spot.y), isOffMap, marks: spot.marks, label };
  });
  return { width, height, ...drawLand(), markRadius, spots: laidSpots, legs: laidLegs };
}
