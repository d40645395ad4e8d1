import { classroom } from './en/classroom';
import { commitments } from './en/commitments';
import { common } from './en/common';
import { home } from './en/home';
import { layout } from './en/layout';
import { leaders } from './en/leaders';
import { pages } from './en/pages';
import { pictures } from './en/pictures';
import { present } from './en/present';
import { site } from './en/site';
import { sources } from './en/sources';
import { timeline } from './en/timeline';
import { updates } from './en/updates';

// Every word of the interface, by language and then by view. The story's own words are in the
// story's modules; these are the words around them: headings, labels, buttons, announcements.

const en = {
  site,
  pages,
  layout,
  /** Words shared by components that appear on many pages (citations, markers, suggestions). */
  common,
  /** The words of the maps and charts, by picture. */
  pictures,
  home,
  timeline,
  leaders,
  commitments,
  classroom,
  present,
  sources,
  updates,
};

/** The shape every language's dictionary has: English's. */
export type Dictionary = typeof en;

export const dictionaries = { en } satisfies Record<string, Dictionary>;

/** A language the explainer ships. */
export type Locale = keyof typeof dictionaries;
