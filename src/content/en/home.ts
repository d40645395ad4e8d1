// The words of the home page, the story in a minute, in English.

export const home = {
  /** Above the headline: `{updated}` is the day of the newest entry on the updates page. */
  kicker: 'Explainer · Updated {updated} · {readingTime}',
  readingTime: { one: '{count}-minute read', other: '{count}-minute read' },
  angleHeading: 'Why this was news',
  takeawaysHeading: 'The story in a minute',
  pastHeading: 'How we got here',
  /** After the turning points, the way to the whole timeline. */
  pastMore: 'Every event, dated and sourced, is on the timeline',
  openHeading: 'What they did not settle, and what to watch',
  /** After the open questions, the way to the log of changes. */
  openMore: 'We log every change to this explainer on the updates page',
  numbersHeading: 'Key numbers',
  pollsHeading: 'How people in each country see the other',
  /** `{reportsTo}` is the day of the newest report we cite. */
  pollsNote:
    'The newest surveys we found in reports up to {reportsTo}, each with the days it was taken.',
  reactionsHeading: 'How it landed in each country',
  deeperHeading: 'Go deeper',
  fullReadingTime: {
    one: 'The whole explainer takes about {count} minute.',
    other: 'The whole explainer takes about {count} minutes.',
  },
  timeline: {
    title: 'The timeline',
    description: {
      one: '{count} event, from colonial rule to what came after the summit',
      other: '{count} events, from colonial rule to what came after the summit',
    },
  },
  leaders: {
    title: 'The leaders',
    /** `{leaders}` is the two leaders' names, listed. */
    description: '{leaders}: their paths, their pressures, side by side',
  },
  checklist: {
    title: 'The checklist',
    description: {
      one: '{count} commitment, and how far it has come',
      other: '{count} commitments, and how far each has come',
    },
  },
};
