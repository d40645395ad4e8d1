import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { dictionaries } from '../../src/content/dictionary';
import { slides } from '../../src/content/slides';
import { sections } from '../../src/content/sections';
import { TextContext } from '../../src/hooks/useText';
import { paths } from '../../src/paths';
import { AppRoutes } from '../../src/routes';
import { pseudoMarks, pseudoText } from '../support/pseudoLocale';

// Every word a view shows comes from the dictionary or from the story's content: rendered with a
// pseudo-locale, whatever is still plain English must be a quotation of the story.

const storyModules = import.meta.glob<Record<string, unknown>>('../../src/content/*.ts', {
  eager: true,
});

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** All the story's words, as one text to search. */
const story = Object.values(storyModules)
  .flatMap((module) => stringsIn(module))
  .join('\n')
  .replace(/\s+/g, ' ');

const monthNames = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2025, month, 1)),
  ),
);

/** Words Intl itself writes in numbers: "8.8 million", "US$77.2bn". */
const numberWords = [1e3, 1e6, 1e9].flatMap((value) =>
  [
    ...new Intl.NumberFormat('en-GB', {
      notation: 'compact',
      compactDisplay: 'long',
    }).formatToParts(value),
    ...new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
    }).formatToParts(value),
  ]
    .filter((part) => part.type === 'compact' || part.type === 'currency')
    .map((part) => part.value),
);

/** Words of the language that Intl writes, not the app: months and number words. */
const intlWords = [...monthNames, ...numberWords].sort((a, b) => b.length - a.length);

/** The parts of a text in plain English that the story does not contain. */
function unexplained(text: string): string[] {
  return text
    .split(new RegExp(`(?:${pseudoMarks.source})+`, 'u'))
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => {
      // An address (a QR code's, a share link's) is not a word of any language.
      const words = part.replace(/https?:\/\/\S+/g, '');
      const letters = intlWords.reduce((rest, word) => rest.replaceAll(word, ''), words);
      return /[A-Za-z]{2,}/.test(letters) && !story.includes(part);
    });
}

/** Plain-English text and labels on the page that neither the dictionary nor the story holds. */
function literalsOn(container: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('code, script, style')) continue;
    found.push(...unexplained(node.textContent ?? ''));
  }
  for (const element of container.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']) {
      const value = element.getAttribute(name);
      if (value) found.push(...unexplained(value).map((part) => `[${name}] ${part}`));
    }
  }
  return [...new Set(found)];
}

const deck = slides();
const firstSlideOf = (kind: string) => deck.findIndex((slide) => slide.kind === kind) + 1;

const addresses = [
  ...sections.flatMap((section) =>
    section.prerender === 'page' ? [paths.section(section.id)] : [],
  ),
  paths.timeline('security'),
  paths.commitments({ area: 'security', status: 'delivered' }),
  paths.event('tokyo-summit'),
  paths.event('no-such-event'),
  paths.leader('lee-jae-myung'),
  paths.leader('shigeru-ishiba'),
  paths.leader('no-such-leader'),
  ...[...new Set(deck.map((slide) => slide.kind))].map((kind) => paths.present(firstSlideOf(kind))),
  '/no/such/page',
];

describe('with a pseudo-locale, every view shows only the dictionary’s words and the story’s', () => {
  const text = pseudoText(dictionaries.en);
  it.each(addresses)('%s', (address) => {
    const { container } = render(
      <TextContext.Provider value={text}>
        <MemoryRouter initialEntries={[address]}>
          <AppRoutes />
        </MemoryRouter>
      </TextContext.Provider>,
    );
    expect(literalsOn(container)).toEqual([]);
  });
});
