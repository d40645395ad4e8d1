import {
  coverage,
  primaryText,
  sortingSentences,
  standardsServed,
  teachingWithCare,
} from './lesson';
import { allReferences } from './sourceSelectors';
import type { Citation } from './types';

/** A cited part of the lesson: what it is called, where it is shown, and its sources. */
interface LessonCitation {
  label: string;
  path: string;
  citations: readonly Citation[];
}

/** Every cited part of the lesson, for the sources page and the integrity checks. */
export const lessonCitations = (): LessonCitation[] => [
  ...[primaryText.about, ...primaryText.excerpts, primaryText.caution].map((item) => ({
    label: primaryText.title,
    path: '/classroom#primary-text-section',
    citations: item.citations,
  })),
  ...coverage.map((item) => ({
    label: item.outlet,
    path: '/classroom#coverage-section',
    citations: item.citations,
  })),
  ...sortingSentences.map((sentence) => ({
    label: sentence.source,
    path: '/student#sorting-section',
    citations: sentence.citations,
  })),
  ...[...teachingWithCare, ...standardsServed].map((fact) => ({
    label: fact.text,
    path: '/classroom/notes',
    citations: fact.citations,
  })),
];

/** The sources of the texts the handout prints (the primary text, the sentences to sort): the few a student needs. */
export function handoutReferences() {
  const cited = new Set(
    [primaryText.about, ...primaryText.excerpts, ...sortingSentences].flatMap((item) =>
      item.citations.flatMap((c) => (c.kind === 'reference' ? [c.referenceId] : [])),
    ),
  );
  return allReferences().filter((reference) => cited.has(reference.id));
}
