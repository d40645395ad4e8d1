import type { ReferenceKind } from '../types';

// The words of the sources page, in English.

export const sources = {
  heading: 'Sources and method',
  lede: 'Every fact in this explainer links here. We wrote it in our own words from one news report, then checked the background against other publications.',
  reportHeading: 'The source report',
  /** The title of one of the report's paragraphs. */
  paragraph: '¶{number}',
  backgroundHeading: 'Background sources',
  backgroundNote:
    'Titles in square brackets describe a page whose headline our stored copy did not show. Dates are of publication; each entry says when we last checked it.',
  /** Under a reference's title; `{kind}` is one of `kinds`, `{checked}` the day we last checked it. */
  meta: '{publisher} · {kind} · checked {checked}',
  datedMeta: '{publisher}, {published} · {kind} · checked {checked}',
  kinds: {
    official: 'Official',
    news: 'News report',
    reference: 'Reference work',
  } satisfies Record<ReferenceKind, string>,
  /** Opens the list of the explainer's items that cite a source. */
  citedBy: { one: 'Cited by {count} item', other: 'Cited by {count} items' },
};
