import type { StatusId } from '../types';

// The words of the commitments checklist, in English.

export const commitments = {
  heading: 'What they promised',
  lede: 'Every commitment from the Tokyo summit, how far it has come, and the evidence. Tick each one off as you read or discuss it.',
  /** The reader's progress: `{count}` ticked of `{total}`. */
  progress: { other: '{count} of {total} discussed' },
  resetTicks: 'Reset ticks',
  /** Why ticks may not be kept, by the problem useTicks reports. */
  storageProblems: {
    blocked:
      'This browser is not letting the page save anything, so your ticks will work but will be gone when you leave or reload.',
    corrupted:
      'Your saved ticks could not be read, so the checklist starts empty. New ticks will be saved as usual.',
  },
  scaleSummary: 'How we rate progress',
  areaFilter: { label: 'Area', navLabel: 'Filter by area', allLabel: 'All areas' },
  statusFilter: { label: 'Status', navLabel: 'Filter by status', allLabel: 'Any status' },
  /** How many commitments the filters leave: `{shown}` of `{count}`. */
  showing: {
    one: 'Showing {shown} of {count} commitment',
    other: 'Showing {shown} of {count} commitments',
  },
  /** `{link}` is `showAll`, a link that clears the filters. */
  noMatch: 'Nothing matches both filters. {link}',
  showAll: 'Show every commitment',
  listLabel: 'Commitments',
  notOnList: {
    heading: 'Not on the list',
    lede: 'Some things reported around the summit were context, not promises.',
  },

  item: {
    tick: 'Discussed',
    /** Read to screen readers only, after `tick`, so that each box names its commitment. */
    tickWhat: ': {title}',
    area: 'Area',
    committedBy: 'Who committed',
    madeAt: 'Made at',
    /** An event a commitment was made at, with its date. */
    madeAtEvent: '{event}, {date}',
    movedBy: 'Moved by',
    /** Between the events that moved a commitment (their titles may hold commas). */
    movedBySeparator: '; ',
    /** `{reportsTo}` is the day of the newest report we cite: the status rests on reports up to then. */
    assessed: 'Status, as assessed on {date} from reports up to {reportsTo}',
    status: '{status}.',
    statusSince: '{status} since {date}.',
  },

  history: {
    /** The summary of a commitment's history: `{what}` is read to screen readers only. */
    summary: 'History {what} ({steps})',
    what: 'of “{title}”',
    steps: { one: '{count} step', other: '{count} steps' },
    /** A step that keeps the status of the step before it. */
    still: {
      pledged: 'Still pledged',
      'in-progress': 'Still in progress',
      delivered: 'Still delivered',
      stalled: 'Still stalled',
    } satisfies Record<StatusId, string>,
    /** A step that an event on the timeline took; `{event}` links to it. */
    stepWithEvent: '{what} On the timeline: {event}.',
  },
};
