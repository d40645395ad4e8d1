import type { UpdateKind } from '../types';

// The words of the updates page, in English.

export const updates = {
  heading: 'Updates and corrections',
  lede: 'Every change we make to this explainer, newest first: events we add, promises whose status moves, and mistakes we correct, each with what was wrong, what is right and the source.',
  kinds: {
    event: 'Added to the timeline',
    status: 'Status change',
    correction: 'Correction',
  } satisfies Record<UpdateKind, string>,
  /** An event added to the timeline: its date, then its summary. */
  eventAdded: '{date}: {summary}',
  /** `{item}` is a commitment, `{status}` the status it has reached. */
  statusChanged: 'Status changed: {item} is now {status}.',
  /** A correction: what we got wrong, then what is right. */
  said: 'What we said',
  right: 'What is right',
};
