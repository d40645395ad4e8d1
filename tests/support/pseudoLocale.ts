import type { Dictionary } from '../../src/content/dictionary';
import { textFrom, type Text } from '../../src/content/text';

// A pseudo-locale: every word of the interface accented, bracketed and 40 % longer, so that a word
// still in plain English on screen is one a view wrote itself, and a layout that only fits
// English shows it.

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

/** The characters a pseudo-localised string is written in: a plain letter is never one. */
export const pseudoMarks = /[⟦⟧~åƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ]/u;

/** One string pseudo-localised; `{slots}` are kept as they are, so templates still fill. */
export function pseudo(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) =>
      /^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => accents[c] ?? c),
    )
    .join('');
  const padding = '~'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${accented}${padding}⟧`;
}

function pseudoAll<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (key === 'languageTag' ? value : pseudo(value)) as T;
  if (Array.isArray(value)) return value.map((item) => pseudoAll(item)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, pseudoAll(item, name)]),
    ) as T;
  return value;
}

/** The English dictionary pseudo-localised, with English grammar. */
export const pseudoText = (words: Dictionary): Text => textFrom(pseudoAll(words));
