// The explainer's own name and the words around every page, in English.

export const site = {
  /** The BCP 47 tag for dates, numbers, plurals and lists. */
  languageTag: 'en-GB',
  name: 'Tokyo summit explainer',
  /** The installed app's name, and the share card's text alternative. */
  longName: 'Tokyo first: the Ishiba–Lee summit, explained',
  shortName: 'Tokyo summit',
  appDescription:
    'Why Lee Jae Myung met Shigeru Ishiba in Tokyo on 23 August 2025, who they are, and what they promised.',
  /** A page's title in the tab: the page's own, then the site's. */
  pageTitle: '{page} · {site}',
};
