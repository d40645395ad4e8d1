import { glossary } from './glossary';
import { defaultLanguageTag, wordSegmenter } from './language';
import type { GlossaryTerm } from './types';

/** A run of plain text, or a glossary term as the text writes it. */
export type TextPart = string | { term: GlossaryTerm; text: string };

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the words of a text begin and end, as its language divides them. */
function wordEdges(text: string, languageTag: string): Set<number> {
  const edges = new Set<number>();
  for (const { index, segment } of wordSegmenter(languageTag).segment(text)) {
    edges.add(index);
    edges.add(index + segment.length);
  }
  return edges;
}

/**
 * A marker that cuts text into plain runs and glossary terms. It marks a term at its first mention
 * among the texts it is given, in order, as a newsroom links a word once per passage, not every time.
 * A form matches as whole words, in any case, where the language's own word breaks fall (so
 * "impeach" never matches inside "impeachment", and a term is found in text without spaces).
 * Create and use it within one render, so a part that re-renders alone never finds its terms taken.
 */
export function glossaryMarker(
  languageTag = defaultLanguageTag,
  terms: readonly GlossaryTerm[] = glossary,
): (text: string) => TextPart[] {
  const patterns = terms.map((term) => ({
    term,
    pattern: new RegExp(term.forms.map(escape).join('|'), 'giu'),
  }));
  const marked = new Set<GlossaryTerm>();
  return (text) => {
    let edges: Set<number> | undefined;
    const firstMention = (pattern: RegExp) => {
      for (const match of text.matchAll(pattern)) {
        edges ??= wordEdges(text, languageTag);
        if (edges.has(match.index) && edges.has(match.index + match[0].length)) return match;
      }
      return undefined;
    };
    const mentions = patterns
      .filter(({ term }) => !marked.has(term))
      .flatMap(({ term, pattern }) => {
        const match = firstMention(pattern);
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
