// The explainer's own name and the words around every page, in English.

export const site = {
  /** The BCP 47 tag for dates, numbers, plurals and lists. */
  languageTag: 'en-GB',
  name: 'Tokyo summit explainer',
  /** The installed app's name. */
  longName: 'Tokyo first: the Ishiba–Lee summit, explained',
  /** The installed app's name under its icon, and the header's on a narrow screen. */
  shortName: 'Tokyo summit',
  appDescription:
    'Why Lee Jae Myung met Shigeru Ishiba in Tokyo on 23 August 2025, who they are, and what they promised.',
  /** A page's title in the tab: the page's own, then the site's. */
  pageTitle: '{page} · {site}',
  /** Each page's share card (its Open Graph image), drawn when the site is built. */
  shareCard: {
    /** The line above the card's title, saying what kind of page it is. */
    kind: {
      /** The home page and the section pages; `{date}` is the summit's day. */
      explainer: 'Explainer · {date}',
      /** An event's page; `{date}` is the event's. */
      event: 'Timeline · {date}',
      leader: 'Leader profile',
      /** `{date}`: the day the statuses were last reviewed. */
      commitments: 'Commitments checklist · {date}',
      slide: 'Presentation · slide {number} of {total}',
    },
    /** The checklist card's tally, one status at a time. */
    tally: '{status}: {count}',
    /** The card's text alternative: what it says, in reading order. */
    alt: '{kind}. {title}. {line}',
  },
};
