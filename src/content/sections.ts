// The explainer's sections: one entry each. Routes, links, page titles and descriptions, the
// navigation, the not-found page and the prerender list all derive from this table; each
// section's words are in the dictionary (en/pages.ts), under the same id.

/** Which addresses of a section are written out as pages when the site is built. */
export type Prerender =
  | 'page'
  | 'each event'
  | 'each person'
  /** The deck's own address (showing its first slide) and each slide's. */
  | 'the deck and each slide'
  | 'none';

export interface Section {
  /** The key of the section's words in the dictionary, and of its view in src/routes.tsx. */
  id: string;
  /** Its address pattern, as react-router matches it. */
  path: string;
  prerender: Prerender;
  /** In the site's navigation, with its icon; its link is "current" on its whole subtree unless `end`. */
  nav?: { icon: string; end?: boolean };
  /** Shown full screen, without the site's header and navigation. */
  isBare?: boolean;
  /** Query parameters that change what the page shows (and its title). */
  query?: readonly string[];
}

export const sections = [
  { id: 'home', path: '/', prerender: 'page', nav: { icon: '◎', end: true } },
  { id: 'timeline', path: '/timeline', prerender: 'page', nav: { icon: '↧' }, query: ['theme'] },
  { id: 'event', path: '/timeline/:eventId', prerender: 'each event' },
  { id: 'leaders', path: '/leaders', prerender: 'page', nav: { icon: '☺' } },
  { id: 'compare', path: '/leaders/compare', prerender: 'page' },
  { id: 'leader', path: '/leaders/:personId', prerender: 'each person' },
  {
    id: 'commitments',
    path: '/commitments',
    prerender: 'page',
    nav: { icon: '✓' },
    query: ['area', 'status'],
  },
  { id: 'classroom', path: '/classroom', prerender: 'page', nav: { icon: '✎' } },
  { id: 'handout', path: '/classroom/handout', prerender: 'page' },
  { id: 'teacherNotes', path: '/classroom/notes', prerender: 'page' },
  { id: 'student', path: '/student', prerender: 'page' },
  { id: 'sources', path: '/sources', prerender: 'page', nav: { icon: '¶' } },
  { id: 'updates', path: '/updates', prerender: 'page' },
  { id: 'speakerNotes', path: '/present/notes', prerender: 'page', isBare: true },
  {
    id: 'slide',
    path: '/present/:slide?',
    prerender: 'the deck and each slide',
    isBare: true,
  },
  { id: 'notFound', path: '*', prerender: 'none' },
] as const satisfies readonly Section[];

export type SectionId = (typeof sections)[number]['id'];

/** A section's words in a language's dictionary; `{…}` slots are filled when the page is shown. */
export interface PageWords {
  /** Its label in the navigation, for a section that is there. */
  nav?: string;
  /** Its link text on the not-found page, for a section in the navigation. */
  link?: string;
  title: string;
  description: string;
}
