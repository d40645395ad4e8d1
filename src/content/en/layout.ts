// The words around every page: the header, the navigation, the footer and the announcements.

export const layout = {
  skipLink: 'Skip to content',
  loading: 'Loading…',
  /** Announced to screen readers when a new page has arrived. */
  navigatedTo: 'Navigated to {title}',
  brand: 'Tokyo summit {muted}',
  brandMuted: 'explained',
  sectionsLabel: 'Sections',
  darkTheme: 'Dark theme',
  footer:
    'Written in our own words from one news report and {sources}. Every fact last reviewed {date}. {updates}',
  footerSources: 'checked background sources',
  footerUpdates: 'Updates and corrections',
  updateReady: 'A new version of this explainer is ready.',
  updateReload: 'Reload to update',
  notFound: {
    heading: 'This page isn’t here',
    lede: 'There is nothing at {address}. The link may be mistyped or out of date. These will get you back into the story:',
  },
};
