import { layoutJourneyMap } from '../layout/journeyMap';
import { allPlaces, placedEvents, summitTripLegs } from '../placeSelectors';

/**
 * The journey map: every event that names its place as a dot there, and Lee's trip of August 2025
 * (Seoul to Tokyo, then on to Washington) as arrows. Laid out at build time; words come from the
 * dictionary and the content when it is drawn.
 */
export const journeyMap = layoutJourneyMap({
  places: allPlaces(),
  events: placedEvents().map((event) => ({ id: event.id, place: event.place })),
  legs: summitTripLegs(),
});
