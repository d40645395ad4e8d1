import { ref } from './cite';
import type { Citation, Place } from './types';

/**
 * The places where the story's visits and meetings happened, for the journey map. Each name is
 * written as the cited text of the events held there writes it; coordinates are the city's
 * centre (common knowledge, so uncited).
 */
export const places = [
  { id: 'seoul', name: 'Seoul', country: 'south-korea', lon: 126.98, lat: 37.57 },
  { id: 'busan', name: 'Busan', country: 'south-korea', lon: 129.08, lat: 35.18 },
  { id: 'gyeongju', name: 'Gyeongju', country: 'south-korea', lon: 129.22, lat: 35.86 },
  { id: 'tokyo', name: 'Tokyo', country: 'japan', lon: 139.69, lat: 35.69 },
  { id: 'yokosuka', name: 'Yokosuka', country: 'japan', lon: 139.67, lat: 35.28 },
  { id: 'nara', name: 'Nara', country: 'japan', lon: 135.8, lat: 34.69 },
  { id: 'sado', name: 'Sado', country: 'japan', lon: 138.37, lat: 38.02 },
  { id: 'washington', name: 'Washington', country: 'united-states', lon: -77.04, lat: 38.91 },
] as const satisfies readonly Place<string>[];

/** The id of a place on the journey map. */
export type PlaceId = (typeof places)[number]['id'];

/**
 * Where Lee's trip of August 2025 set out from: he left Seoul on the morning of 23 August. Its
 * stops after that are the summit's events that have a place, in date order.
 */
export const summitTrip = {
  start: 'seoul',
  citations: [ref('joongang-trip-itinerary')],
} as const satisfies { start: PlaceId; citations: readonly Citation[] };
