/** The language the explainer is written in, for anything language-shaped a caller does not specify. */
export const defaultLanguageTag = 'en-GB';

const segmenters = new Map<string, Intl.Segmenter>();

/** Divides text into words as its language does (CJK text has no spaces between its words). */
export function wordSegmenter(languageTag = defaultLanguageTag): Intl.Segmenter {
  let segmenter = segmenters.get(languageTag);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(languageTag, { granularity: 'word' });
    segmenters.set(languageTag, segmenter);
  }
  return segmenter;
}

/** How many words a text holds, counted as its language divides them. */
export const wordCount = (text: string, languageTag = defaultLanguageTag) =>
  [...wordSegmenter(languageTag).segment(text)].filter((segment) => segment.isWordLike).length;
