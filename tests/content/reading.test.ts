import { wordCount } from '../../src/content/language';
import { theStory } from '../../src/content/storySelectors';

// Plain words for a 15-year-old and a busy adult. The home page's summary keeps to the limits
// plain-language guides give (GOV.UK: 25 words a sentence at most; 15–20 on average).
const longestSentence = 25;
const averageSentence = 20;

const sentences = (text: string) =>
  [...new Intl.Segmenter('en-GB', { granularity: 'sentence' }).segment(text)]
    .map((segment) => segment.segment.trim())
    .filter(Boolean);

const story = theStory();
const summary = [
  story.dek,
  ...story.angle.map((f) => f.text),
  ...story.takeaways.map((f) => f.text),
];
const summarySentences = summary.flatMap(sentences);

describe('the home page’s summary reads plainly', () => {
  it(`has no sentence over ${longestSentence} words`, () => {
    const long = summarySentences.filter((sentence) => wordCount(sentence) > longestSentence);
    expect(long).toEqual([]);
  });

  it(`averages ${averageSentence} words a sentence or fewer`, () => {
    const words = summarySentences.reduce((total, sentence) => total + wordCount(sentence), 0);
    expect(words / summarySentences.length).toBeLessThanOrEqual(averageSentence);
  });

  it('names both leaders and says what happened in its first sentence', () => {
    const [first = ''] = sentences(story.dek);
    expect(first).toMatch(/Lee Jae Myung/);
    expect(first).toMatch(/Shigeru Ishiba/);
    expect(first).toMatch(/met/);
  });
});
