import { allEvents } from './eventSelectors';
import { places, summitTrip } from './places';
import type { EventId, Place, PlaceId, StoryEvent } from './types';

// The journey map: the places of the story, the events held at each, and Lee's trip of August 2025.

/** An event with the place it happened at. */
export type PlacedEvent = StoryEvent & { place: PlaceId };

/** One leg of a journey: from one place to the next, dated by the first event at the next. */
export interface TripLeg {
  /** Where the leg starts. */
  from: PlaceId;
  /** Where it ends. */
  to: PlaceId;
  /** The first event at its end: its date is the leg's date, its page the leg's link. */
  event: EventId;
}

/** Every place on the journey map. */
export const allPlaces = (): readonly Place[] => places;

/** One place by id, or undefined. */
export const placeById = (id: string): Place | undefined => places.find((p) => p.id === id);

/** Every event that names its place, oldest first. */
export const placedEvents = (): PlacedEvent[] =>
  allEvents().filter((e): e is PlacedEvent => e.place !== undefined);

/** The events of Lee's trip of August 2025: the summit's events that have a place, oldest first. */
export const summitTripEvents = (): PlacedEvent[] =>
  placedEvents().filter((e) => e.era === 'summit');

/** Whether an event is a stop on Lee's trip of August 2025. */
export const isOnSummitTrip = (eventId: string): boolean =>
  summitTripEvents().some((e) => e.id === eventId);

/** The trip's legs: from Seoul, a new leg each time the place changes (Tokyo, then Washington). */
export function summitTripLegs(): TripLeg[] {
  const legs: TripLeg[] = [];
  let here: PlaceId = summitTrip.start;
  for (const event of summitTripEvents()) {
    if (event.place === here) continue;
    legs.push({ from: here, to: event.place, event: event.id });
    here = event.place;
  }
  return legs;
}

/** Where the trip started, and the sources that say so. */
export const summitTripStart = () => summitTrip;
