import { glossary } from './glossary';
import type { GlossaryTerm } from './types';

/** A run of plain text, or a glossary term as the text writes it. */
export type TextPart = string | { term: GlossaryTerm; text: string };

// A form matches as a whole word, in any case: "impeach" never matches inside "impeachment".
const mentionOf = new Map(
  glossary.map((term) => [
    term,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${term.forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  ]),
);

/**
 * A marker that cuts text into plain runs and glossary terms. It marks a term at its first mention
 * among the texts it is given, in order, as a newsroom links a word once per passage, not every time.
 * Create and use it within one render, so a part that re-renders alone never finds its terms taken.
 */
export function glossaryMarker(): (text: string) => TextPart[] {
  const marked = new Set<GlossaryTerm>();
  return (text) => {
    const mentions = [...mentionOf]
      .filter(([term]) => !marked.has(term))
      .flatMap(([term, pattern]) => {
        const match = pattern.exec(text);
        return match ? [{ term, at: match.index, text: match[0] }] : [];
      })
      .sort((a, b) => a.at - b.at);
    const parts: TextPart[] = [];
    let cursor = 0;
    for (const mention of mentions) {
      if (mention.at < cursor) continue;
      if (mention.at > cursor) parts.push(text.slice(cursor, mention.at));
      parts.push({ term: mention.term, text: mention.text });
      marked.add(mention.term);
      cursor = mention.at + mention.text.length;
    }
    if (cursor < text.length) parts.push(text.slice(cursor));
    return parts;
  };
}
