import { JourneyMap } from '../../../components/JourneyMap';

/** The journey slide's picture: the map of the August 2025 trip. */
export function JourneySlide() {
  return <JourneyMap />;
}
