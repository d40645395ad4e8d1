import { defaultLanguageTag } from './language';
/** Letter pairs of a slug or name, for a cheap fuzzy comparison; letters of any script count. */
function bigrams(text: string, languageTag: string): string[] {
  const clean = text
    .normalize('NFKC')
    .toLocaleLowerCase(languageTag)
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  const letters = [...clean];
  const pairs: string[] = [];
  for (let i = 0; i < letters.length - 1; i += 1) pairs.push(`${letters[i]}${letters[i + 1]}`);
  return pairs;
}

/** How alike two strings are, from 0 to 1 (Dice's coefficient on letter pairs). */
export function similarity(a: string, b: string, languageTag = defaultLanguageTag): number {
  const left = bigrams(a, languageTag);
  const right = bigrams(b, languageTag);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const index = pool.indexOf(pair);
    if (index >= 0) {
      shared += 1;
      pool.splice(index, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The items most like a query, best first, at most `limit`, leaving out poor matches. */
export function closest<T>(
  query: string,
  items: readonly T[],
  keys: (item: T) => string[],
  { limit = 3, languageTag = defaultLanguageTag } = {},
): T[] {
  return items
    .map((item) => ({
      item,
      score: Math.max(...keys(item).map((key) => similarity(query, key, languageTag))),
    }))
    .filter((entry) => entry.score >= 0.25)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.item);
}
