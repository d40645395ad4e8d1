import { allChecklistNotes, commitmentById } from '../../src/content/commitmentSelectors';
import { sortKey } from '../../src/content/dates';
import { eventById } from '../../src/content/eventSelectors';
import { keyFigures, polls } from '../../src/content/figures';
import { wordCount } from '../../src/content/language';
import { personById, principals } from '../../src/content/peopleSelectors';
import { quotes } from '../../src/content/quotes';
import { reactions } from '../../src/content/reactions';
import { record } from '../../src/content/record';
import { referenceById } from '../../src/content/referenceSelectors';
import { reportParagraphs } from '../../src/content/report';
import { openQuestions } from '../../src/content/unsettled';
import type {
  Citation,
  ContentRef,
  CountryId,
  DateValue,
  KeyFigure,
} from '../../src/content/types';

// The depth content: people's own words, key numbers, polls, each country's reactions and what
// the summit left open. Every item must be cited, fair to both countries and plainly dated.

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const theTwo: readonly CountryId[] = ['japan', 'south-korea'];
/** Surveys that ask one country's public only; every other poll must give both. */
const oneCountrySurveys: readonly string[] = ['cabinet-office-2024'];
const longestQuote = 30;
const longestSentence = 25;

const cited = [
  ...quotes.map((q) => ({ where: `quote ${q.id}`, citations: q.citations })),
  ...keyFigures.map((f) => ({ where: `figure ${f.id}`, citations: f.citations })),
  ...polls.map((p) => ({ where: `poll ${p.id}`, citations: p.citations })),
  ...reactions.map((r) => ({ where: `reaction ${r.id}`, citations: r.citations })),
  ...openQuestions.map((o) => ({ where: `open question ${o.id}`, citations: o.citations })),
] as { where: string; citations: readonly Citation[] }[];

const citationExists = (c: Citation) =>
  c.kind === 'report'
    ? reportParagraphs.some((p) => p.number === c.paragraph)
    : referenceById(c.referenceId) !== undefined;

function isValidDate(date: DateValue): boolean {
  switch (date.precision) {
    case 'day':
      return /^\d{4}-\d{2}-\d{2}$/.test(date.day) && !Number.isNaN(Date.parse(date.day));
    case 'month':
      return Number.isInteger(date.year) && date.month >= 1 && date.month <= 12;
    case 'year':
      return Number.isInteger(date.year);
    case 'range':
      return (
        isValidDate(date.start) && isValidDate(date.end) && sortKey(date.start) < sortKey(date.end)
      );
  }
}

/** No date may lie after the day the whole record was last reviewed. */
const notAfterReview = (date: DateValue) =>
  sortKey(date) <= sortKey({ precision: 'day', day: record.reviewed });

function refExists(item: ContentRef): boolean {
  switch (item.kind) {
    case 'event':
      return eventById(item.id) !== undefined;
    case 'commitment':
      return commitmentById(item.id) !== undefined;
    case 'checklist-note':
      return allChecklistNotes().some((n) => n.id === item.id);
    case 'person':
      return personById(item.id) !== undefined;
    default:
      return false;
  }
}

const sentences = (text: string) =>
  [...new Intl.Segmenter('en-GB', { granularity: 'sentence' }).segment(text)]
    .map((segment) => segment.segment.trim())
    .filter(Boolean);

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('the depth content', () => {
  it('has something in every module, so the checks below are not empty', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    expect(keyFigures.length).toBeGreaterThanOrEqual(4);
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(reactions.length).toBeGreaterThanOrEqual(4);
    expect(openQuestions.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['quotes', quotes.map((q) => q.id)],
    ['figures', keyFigures.map((f) => f.id)],
    ['polls', polls.map((p) => p.id)],
    ['reactions', reactions.map((r) => r.id)],
    ['open questions', openQuestions.map((o) => o.id)],
  ])('%s have unique slug ids', (_, ids) => {
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !slug.test(id))).toEqual([]);
  });
});

describe('citations', () => {
  it('every quote, figure, poll, reaction and open question cites at least one source', () => {
    expect(
      cited.filter(({ citations }) => citations.length === 0).map(({ where }) => where),
    ).toEqual([]);
  });

  it('every citation points at a real paragraph of the report or a real reference', () => {
    const broken = cited.flatMap(({ where, citations }) =>
      citations.filter((c) => !citationExists(c)).map((c) => `${where}: ${JSON.stringify(c)}`),
    );
    expect(broken).toEqual([]);
  });

  it('no item cites the same source twice', () => {
    const key = (c: Citation) => (c.kind === 'report' ? `¶${c.paragraph}` : c.referenceId);
    const repeated = cited.filter(({ citations }) => duplicates(citations.map(key)).length > 0);
    expect(repeated.map(({ where }) => where)).toEqual([]);
  });
});

describe('quotes', () => {
  it('give at least one of each leader’s own words', () => {
    const leaders = principals();
    expect(leaders).toHaveLength(2);
    for (const leader of leaders)
      expect(
        quotes.filter((q) => 'person' in q.speaker && q.speaker.person === leader.id),
        leader.id,
      ).not.toHaveLength(0);
  });

  it('quote people from both countries, not only leaders', () => {
    for (const country of theTwo)
      expect(
        quotes.filter((q) => q.speaker.country === country),
        country,
      ).not.toHaveLength(0);
    expect(quotes.filter((q) => !('person' in q.speaker))).not.toHaveLength(0);
  });

  it('are each shown to a reader: on the speaker’s profile, or with a reaction that cites them', () => {
    const linked = new Set<string>(
      reactions.flatMap((reaction) => ('quote' in reaction ? [reaction.quote] : [])),
    );
    const unseen = quotes.filter((quote) => !('person' in quote.speaker) && !linked.has(quote.id));
    expect(unseen.map((quote) => quote.id)).toEqual([]);
  });

  it('are short', () => {
    const long = quotes.filter((q) => wordCount(q.words) > longestQuote).map((q) => q.id);
    expect(long).toEqual([]);
  });

  it('say whose translation they are when the words were said in Japanese or Korean', () => {
    const speakingJapaneseOrKorean = quotes.filter((q) => theTwo.includes(q.speaker.country));
    expect(speakingJapaneseOrKorean).not.toHaveLength(0);
    for (const q of speakingJapaneseOrKorean)
      expect('translatedBy' in q ? q.translatedBy : '', q.id).toMatch(/\S/);
  });

  it('give their original words in the language of the speaker’s country', () => {
    const languageOf: Record<CountryId, string> = {
      japan: 'ja',
      'south-korea': 'ko',
      'united-states': 'en',
    };
    for (const q of quotes)
      if ('original' in q) {
        expect(q.original.language, q.id).toBe(languageOf[q.speaker.country]);
        expect(q.original.words, q.id).toMatch(/\S/);
      }
  });

  it('match the speaker to a real person of the same country', () => {
    for (const q of quotes)
      if ('person' in q.speaker)
        expect(personById(q.speaker.person)?.country, q.id).toBe(q.speaker.country);
  });

  it('are dated and no later than the last review', () => {
    for (const q of quotes) {
      expect(isValidDate(q.said), q.id).toBe(true);
      expect(notAfterReview(q.said), q.id).toBe(true);
    }
  });
});

describe('key figures', () => {
  it('name the year they count, a year within the story', () => {
    const outside = keyFigures.filter(
      (f) =>
        !Number.isInteger(f.year) || f.year < 1965 || f.year > Number(record.reviewed.slice(0, 4)),
    );
    expect(outside.map((f) => f.id)).toEqual([]);
  });

  it('are positive numbers, and shares are percentages', () => {
    const figures: readonly KeyFigure[] = keyFigures;
    for (const f of figures) {
      expect(f.value, f.id).toBeGreaterThan(0);
      if (f.unit === 'percent') expect(f.value, f.id).toBeLessThanOrEqual(100);
    }
  });

  it('count visitors both ways for each year they count one way', () => {
    const visitorYears = (label: string) =>
      keyFigures.filter((f) => f.unit === 'people' && f.label === label).map((f) => f.year);
    const toJapan = visitorYears('Visitors from South Korea to Japan');
    const toKorea = visitorYears('Visitors from Japan to South Korea');
    expect(toJapan).not.toHaveLength(0);
    expect([...toJapan].sort()).toEqual([...toKorea].sort());
  });

  it('give US troops in Japan and in South Korea separately', () => {
    const troops = keyFigures.filter((f) => f.unit === 'troops');
    expect(troops.some((f) => /Japan/.test(f.label))).toBe(true);
    expect(troops.some((f) => /South Korea/.test(f.label))).toBe(true);
  });
});

describe('polls', () => {
  it('give a result for both countries, except surveys that ask one public only', () => {
    for (const p of polls) {
      const countries = p.results.map((r) => r.country);
      expect(duplicates(countries), p.id).toEqual([]);
      if (oneCountrySurveys.includes(p.id)) expect(countries, p.id).toHaveLength(1);
      else expect([...countries].sort(), p.id).toEqual([...theTwo].sort());
    }
    expect(polls.filter((p) => !oneCountrySurveys.includes(p.id))).not.toHaveLength(0);
  });

  it('list only one-country surveys that exist', () => {
    for (const id of oneCountrySurveys) expect(polls.map((p) => p.id)).toContain(id);
  });

  it('give percentages, and an earlier year only before the fieldwork', () => {
    for (const p of polls) {
      expect(isValidDate(p.fieldwork), p.id).toBe(true);
      const fieldworkYear = new Date(sortKey(p.fieldwork)).getUTCFullYear();
      for (const r of p.results) {
        expect(r.percent, p.id).toBeGreaterThan(0);
        expect(r.percent, p.id).toBeLessThanOrEqual(100);
        if ('previous' in r) {
          expect(r.previous.year, p.id).toBeLessThan(fieldworkYear);
          expect(r.previous.percent, p.id).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});

describe('reactions', () => {
  it('come from each country, at least two each, press and government among them', () => {
    for (const country of theTwo) {
      const own = reactions.filter((r) => r.who.country === country);
      expect(own.length, country).toBeGreaterThanOrEqual(2);
      expect(
        own.filter((r) => r.kind === 'press').length,
        `${country} press`,
      ).toBeGreaterThanOrEqual(2);
      expect(
        own.some((r) => r.kind === 'government'),
        `${country} government`,
      ).toBe(true);
    }
  });

  it('include critics: civic groups in South Korea and wary voices in Japan', () => {
    expect(reactions.some((r) => r.kind === 'civic' && r.who.country === 'south-korea')).toBe(true);
    expect(reactions.some((r) => r.kind === 'critic' && r.who.country === 'japan')).toBe(true);
  });

  it('link only to quotes that exist, by a speaker of the same country', () => {
    const linked = reactions.flatMap((r) => ('quote' in r ? [{ reaction: r, id: r.quote }] : []));
    expect(linked).not.toHaveLength(0);
    for (const { reaction, id } of linked) {
      const quote = quotes.find((q) => q.id === id);
      expect(quote, reaction.id).toBeDefined();
      expect(quote?.speaker.country, reaction.id).toBe(reaction.who.country);
    }
  });

  it('are dated and no later than the last review', () => {
    for (const r of reactions) {
      expect(isValidDate(r.date), r.id).toBe(true);
      expect(notAfterReview(r.date), r.id).toBe(true);
    }
  });
});

describe('open questions', () => {
  it('are assessed on a real day, no later than the last review', () => {
    for (const o of openQuestions) {
      expect(isValidDate({ precision: 'day', day: o.assessed }), o.id).toBe(true);
      expect(o.assessed <= record.reviewed, o.id).toBe(true);
    }
  });

  it('say what to watch for next', () => {
    expect(openQuestions.filter((o) => !/\S/.test(o.watchFor)).map((o) => o.id)).toEqual([]);
  });

  it('relate only to items that exist', () => {
    const broken = openQuestions.flatMap((o) =>
      o.related
        .filter((item) => !refExists(item))
        .map((item) => `${o.id}: ${item.kind} ${item.id}`),
    );
    expect(broken).toEqual([]);
  });

  it('name the islands as both countries do', () => {
    const islands = openQuestions.filter((o) => /Dokdo|Takeshima/.test(o.summary));
    expect(islands).not.toHaveLength(0);
    for (const o of islands) {
      expect(o.summary, o.id).toMatch(/Dokdo/);
      expect(o.summary, o.id).toMatch(/Takeshima/);
    }
  });
});

describe('plain words', () => {
  const texts = [
    ...keyFigures.flatMap((f) => ('note' in f ? [f.note] : [])),
    ...polls.map((p) => p.reading),
    ...reactions.map((r) => r.summary),
    ...openQuestions.flatMap((o) => [o.summary, o.watchFor]),
  ];

  it(`keep every sentence to ${longestSentence} words or fewer`, () => {
    expect(texts).not.toHaveLength(0);
    const long = texts.flatMap(sentences).filter((s) => wordCount(s) > longestSentence);
    expect(long).toEqual([]);
  });

  it('have no empty or padded strings', () => {
    const strings = [
      ...texts,
      ...quotes.flatMap((q) => [q.words, q.where, q.speaker.name, q.speaker.role]),
      ...reactions.flatMap((r) => [r.who.name, r.who.role]),
      ...openQuestions.map((o) => o.title),
      ...keyFigures.map((f) => f.label),
      ...polls.flatMap((p) => [p.pollster, p.answer]),
    ];
    expect(strings.filter((s) => s.trim() === '' || s !== s.trim())).toEqual([]);
  });
});
