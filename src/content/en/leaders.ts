import type { Profile } from '../types';

// The words of the leaders, each leader's profile and the comparison, in English.

export const leaders = {
  heading: 'The leaders',
  lede: 'Two leaders with problems at home and a shared interest in getting along.',
  profileLink: 'Profile of {name}',
  /** `{leaders}` is the two principals' names, listed. */
  compareLink: 'Compare {leaders} side by side',
  othersHeading: 'Others in the story',
  inStoryLink: '{name} in the story',
  /** The link back in the trail above a profile and the comparison. */
  leadersLink: 'Leaders',
  /** The headings of a profile's parts, in the profile and in the comparison. */
  sections: {
    path: 'Path to power',
    stance: 'On Japan and Korea',
    pressures: 'Pressures at home',
    atSummit: 'At the summit',
  } satisfies Record<keyof Profile, string>,

  profile: {
    /** The heading over a person's offices: the count picks the form. */
    offices: { one: 'Office', other: 'Offices' },
    /** The heading over a person's seats in parliament. */
    seats: { one: 'Seat in parliament', other: 'Seats in parliament' },
    /** An office held, with its dates. */
    office: '{office}, {dates}',
    committedTo: 'What {name} committed to',
    ownWords: 'In their own words',
    onTimeline: 'On the timeline',
    compareLink: 'Compare the two leaders',
    /** The way back from a leader address that does not exist. */
    missingBack: 'See all the leaders',
  },

  compare: {
    heading: 'Side by side',
    /** `{leaders}` is the two names, listed; `{date}` the summit's day. */
    lede: '{leaders} as they were at the Tokyo summit on {date}, row by row. Under each name is the office they held that day, then the office they hold now, or last held. On a narrow screen each row shows one leader after the other.',
    fullProfile: 'Full profile',
  },
};
