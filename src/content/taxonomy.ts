import type { Area, Country, Era, Status, Theme } from './types';

/** The timeline's periods, oldest first. */
export const eras = [
  {
    id: 'history',
    title: 'A long, hard history',
    summary:
      'The colonial past, the treaties that rebuilt ties, and the disputes over “comfort women”, forced labour and trade: why every Japan–Korea summit carries weight.',
  },
  {
    id: 'road-to-tokyo',
    title: 'The road to Tokyo',
    summary:
      'A thaw in 2023, a US-led security framework, a political crisis in Seoul and a new president who chose to reach out.',
  },
  {
    id: 'summit',
    title: 'The summit week',
    summary: 'Tokyo first, then Washington: the order of the visits was itself a message.',
  },
  {
    id: 'what-came-next',
    title: 'What came next',
    summary:
      'A return visit, a change of prime minister in Tokyo, whether the promises held, and the disputes the summit left open.',
  },
] as const satisfies readonly Era<string>[];

/** The id of a period of the timeline. */
export type EraId = (typeof eras)[number]['id'];

/** The themes events can be filtered by. */
export const themes = [
  { id: 'security', label: 'Security' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'domestic-politics', label: 'Domestic politics' },
  { id: 'economy-trade', label: 'Economy and trade' },
  { id: 'people', label: 'People-to-people' },
] as const satisfies readonly Theme<string>[];

/** The id of a theme an event can be filtered by. */
export type ThemeId = (typeof themes)[number]['id'];

/** The policy areas commitments fall in. */
export const areas = [
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'people', label: 'People-to-people' },
  { id: 'security', label: 'Security and defence' },
  { id: 'economy', label: 'Economy and trade' },
  { id: 'technology', label: 'Technology' },
  { id: 'society', label: 'Shared social problems' },
] as const satisfies readonly Area<string>[];

/** The id of a policy area of the commitments. */
export type AreaId = (typeof areas)[number]['id'];

/** The scale a commitment's progress is assessed on, in order. */
export const statuses = [
  {
    id: 'pledged',
    label: 'Pledged',
    meaning: 'Promised at the summit; no later step found in our sources yet.',
  },
  {
    id: 'in-progress',
    label: 'In progress',
    meaning: 'A later meeting or agreement took it forward.',
  },
  { id: 'delivered', label: 'Delivered', meaning: 'What was promised has happened.' },
  { id: 'stalled', label: 'Stalled', meaning: 'Sources report it blocked or dropped.' },
] as const satisfies readonly Status<string>[];

/** The id of a step of the status scale. */
export type StatusId = (typeof statuses)[number]['id'];

/** The countries of the people in the story, with monogram colours (contrast checked at 4.5:1 or more). */
export const countries = [
  { id: 'japan', name: 'Japan', colour: '#b8002e', onColour: '#ffffff' },
  { id: 'south-korea', name: 'South Korea', colour: '#003478', onColour: '#ffffff' },
  { id: 'united-states', name: 'United States', colour: '#3c3b6e', onColour: '#ffffff' },
] as const satisfies readonly Country<string>[];

/** The id of a country of the people in the story. */
export type CountryId = (typeof countries)[number]['id'];
