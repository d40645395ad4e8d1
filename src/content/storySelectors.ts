import { defaultLanguageTag, wordCount } from './language';
import { record } from './record';
import { eventById } from './eventSelectors';
import { story } from './story';
import type { DateValue, Quote, StoryEvent } from './types';
import { quoteById } from './voiceSelectors';

// The story in a minute and how far the record reaches.

/** The story in a minute, for the home page. */
export const theStory = () => story;

const isFound = <T>(item: T | undefined): item is T => item !== undefined;

/** Each leader's own words that carry the news angle. */
export const angleQuotes = (): Quote[] => story.angleQuotes.map(quoteById).filter(isFound);

/** The turning points that explain the summit, oldest first. */
export const turningPoints = (): StoryEvent[] =>
  story.turningPoints.map((id) => eventById(id)).filter(isFound);

/** How far the record reaches and when it was last reviewed as a whole. */
export const recordReach = () => record;

/** The day the whole explainer was last reviewed against its sources. */
export const lastReviewed = (): Extract<DateValue, { precision: 'day' }> => ({
  precision: 'day',
  day: record.reviewed,
});

/** A comfortable reading speed for an explainer. */
export const wordsPerMinute = 200;
/** How many words a set of texts holds, counted as their language divides them. */
export const countWords = (texts: readonly string[], languageTag = defaultLanguageTag) =>
  texts.reduce((total, text) => total + wordCount(text, languageTag), 0);

/**
 * Minutes to read the story the home page tells, as it shows it: the headline and summary, the
 * takeaways, why it was news with the leaders' words, and the turning points. The sections after
 * them (open questions, numbers, polls, reactions) are there to consult, and are not counted.
 */
export function storyReadingMinutes(): number {
  const texts = [
    story.headline,
    story.dek,
    ...story.takeaways.map((fact) => fact.text),
    ...story.angle.map((fact) => fact.text),
    ...angleQuotes().flatMap((quote) => [quote.words, quote.where]),
    ...turningPoints().flatMap((event) => [event.title, event.summary]),
  ];
  return Math.max(1, Math.round(countWords(texts) / wordsPerMinute));
}
