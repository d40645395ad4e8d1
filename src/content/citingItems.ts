import { people } from './people';
import { profileFacts } from './profileSelectors';
import { reportParagraphs } from './report';
import { allCommitments } from './commitmentSelectors';
import { allEvents } from './eventSelectors';
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
  ];
}

/** The items that cite a paragraph of the report, each item once. */
export function itemsCitingParagraph(paragraph: ParagraphNumber): CitingItem[] {
  const citing = citingItems().filter((item) =>
    item.citations.some((c) => c.kind === 'report' && c.paragraph === paragraph),
  );
  return citing.filter((item, i) => citing.findIndex((other) => other.path === item.path) === i);
}

/** The items that cite a background reference, each item once. */
export function itemsCitingReference(referenceId: ReferenceId): CitingItem[] {
  const citing = citingItems().filter((item) =>
    item.citations.some((c) => c.kind === 'reference' && c.referenceId === referenceId),
  );
  return citing.filter((item, i) => citing.findIndex((other) => other.path === item.path) === i);
}
