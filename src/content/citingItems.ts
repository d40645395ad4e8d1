import { postsOf } from './offices';
import { people } from './people';
import { profileFacts } from './profileSelectors';
import { reportParagraphs } from './report';
import { allCommitments } from './commitmentSelectors';
import { allEvents } from './eventSelectors';
import { allKeyFigures, allPolls } from './figureSelectors';
import { allOpenQuestions } from './openQuestionSelectors';
import { lessonCitations } from './lessonSelectors';
import { allQuotes, allReactions } from './voiceSelectors';
import type { Citation, ParagraphNumber, ReferenceId } from './types';

// The report's paragraphs and which items cite which source: only the sources page needs them.

/** The paragraphs of the source report, described. */
export const allReportParagraphs = () => reportParagraphs;

/** Everything the reader is shown that carries citations, with its address. */
export interface CitingItem {
  /** What it is called on screen. */
  label: string;
  /** Where it lives in the app. */
  path: string;
  /** Its citations. */
  citations: readonly Citation[];
}

/** Every cited item, labelled with where it is shown. */
export function citingItems(): CitingItem[] {
  const personFacts = people.flatMap((p) =>
    [p.summary, ...profileFacts(p.id)].map((f) => ({
      label: p.name,
      path: `/leaders/${p.id}`,
      citations: f.citations,
    })),
  );
  return [
    ...allEvents().map((e) => ({
      label: e.title,
      path: `/timeline/${e.id}`,
      citations: e.citations,
    })),
    ...allCommitments().map((c) => ({
      label: c.title,
      path: `/commitments#${c.id}`,
      citations: c.citations,
    })),
    ...personFacts,
    ...people.flatMap((p) =>
      postsOf(p).map(({ post, isSeat }) => ({
        label: p.name,
        path: `/leaders/${p.id}#${isSeat ? 'seats' : 'offices'}`,
        citations: post.citations,
      })),
    ),
    ...allQuotes().map((q) => ({
      label: q.speaker.name,
      path: q.speaker.person ? `/leaders/${q.speaker.person}#words` : '/#reactions',
      citations: q.citations,
    })),
    ...allKeyFigures().map((f) => ({ label: f.label, path: '/#numbers', citations: f.citations })),
    ...allPolls().map((p) => ({ label: p.pollster, path: '/#polls', citations: p.citations })),
    ...allReactions().map((r) => ({
      label: r.who.name,
      path: '/#reactions',
      citations: r.citations,
    })),
    ...allOpenQuestions().map((q) => ({
      label: q.title,
      path: `/#${q.id}`,
      citations: q.citations,
    })),
    ...lessonCitations(),
  ];
}

/** Each item once, in order, however many of its citations point at the same source. */
const oncePerPlace = (items: readonly CitingItem[]) =>
  items.filter((item, i) => items.findIndex((other) => other.path === item.path) === i);

let citingBySource: Map<string, CitingItem[]> | undefined;

/** The items citing each source, keyed "¶4" or by reference id; worked out once. */
function citingIndex(): Map<string, CitingItem[]> {
  if (citingBySource) return citingBySource;
  citingBySource = new Map();
  for (const item of citingItems())
    for (const citation of item.citations) {
      const key = citation.kind === 'report' ? `¶${citation.paragraph}` : citation.referenceId;
      citingBySource.set(key, [...(citingBySource.get(key) ?? []), item]);
    }
  return citingBySource;
}

/** The items that cite a paragraph of the report, each item once. */
export const itemsCitingParagraph = (paragraph: ParagraphNumber): CitingItem[] =>
  oncePerPlace(citingIndex().get(`¶${paragraph}`) ?? []);

/** The items that cite a background reference, each item once. */
export const itemsCitingReference = (referenceId: ReferenceId): CitingItem[] =>
  oncePerPlace(citingIndex().get(referenceId) ?? []);
