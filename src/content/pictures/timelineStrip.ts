import { allEvents, summitDay } from '../eventSelectors';
import { layoutTimelineStrip } from '../layout/timelineStrip';
import { record } from '../record';
import { eras } from '../taxonomy';

/** The year the story turns on: the lower strip enlarges it and what came after. */
const summitYear = Number(summitDay().slice(0, 4));

/**
 * The timeline at a glance: every event on one true time scale to the day of our last review,
 * and the summit's year onwards enlarged on a second; the days after the record's reach hatched.
 */
export const timelineStrip = layoutTimelineStrip(allEvents(), eras, {
  end: record.reviewed,
  coversTo: record.coversTo,
  zoomFrom: `${summitYear}-01-01`,
});
