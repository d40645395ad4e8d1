import type { ThemeId } from '../types';

// The words of the timeline and of each event's page, in English.

export const timeline = {
  heading: 'How we got here',
  lede: 'From colonial rule to the Tokyo summit and what came after. Pick a theme to follow one thread.',
  themeFilter: { label: 'Theme', navLabel: 'Filter by theme', allLabel: 'All themes' },
  /** How many events are shown, with no theme picked. */
  allEvents: { one: '{count} event', other: 'All {count} events' },
  /** How many events are shown, kept to `{theme}`: a theme as it reads inside a sentence. */
  themeEvents: { one: '{count} event about {theme}', other: '{count} events about {theme}' },
  themesInSentence: {
    security: 'security',
    diplomacy: 'diplomacy',
    'domestic-politics': 'domestic politics',
    'economy-trade': 'economy and trade',
    people: 'people-to-people',
  } satisfies Record<ThemeId, string>,
  /** Before the people in an event; `{people}` is their linked names, listed. */
  withPeople: 'With {people}',

  event: {
    /** The link back in the trail above an event. */
    timelineLink: 'Timeline',
    whyItMatters: 'Why it matters',
    madeHere: 'Commitments made here',
    movedHere: 'Commitments this moved forward',
    /** `{themes}` is the event's themes, each a link to the timeline kept to it. */
    themes: 'Themes: {themes}',
    pagerLabel: 'Previous and next events',
    /** The names of the pager's links, read to screen readers in place of the arrow and title. */
    previous: 'Previous event: {title}',
    next: 'Next event: {title}',
    keysHint: 'Tip: the ← and → keys move between events.',
    /** The way back from an event address that does not exist. */
    missingBack: 'See the whole timeline',
  },
};
