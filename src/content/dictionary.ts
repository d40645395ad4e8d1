import { layout } from './en/layout';
import { pages } from './en/pages';
import { site } from './en/site';

// Every word of the interface, by language and then by view. The story's own words are in the
// story's modules; these are the words around them: headings, labels, buttons, announcements.

const en = { site, pages, layout };

/** The shape every language's dictionary has: English's. */
export type Dictionary = typeof en;

export const dictionaries = { en } satisfies Record<string, Dictionary>;

/** A language the explainer ships. */
export type Locale = keyof typeof dictionaries;
