import { summitDay } from '../eventSelectors';
import { layoutCareers } from '../layout/careers';
import { principals } from '../peopleSelectors';
import { record } from '../record';

/** The two leaders' careers on one time axis, with the summit marked. */
export const careers = layoutCareers(principals(), summitDay(), record.reviewed);
