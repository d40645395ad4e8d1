import { dictionaries } from '../../src/content/dictionary';
import { referenceById } from '../../src/content/referenceSelectors';
import { textFrom } from '../../src/content/text';
import type { Citation } from '../../src/content/types';
import { paths } from '../../src/paths';

const text = textFrom(dictionaries.en);
const words = text.words.common.citations;

/** What the marker after a fact shows: the report's paragraphs, then each publisher, once. */
export function markerNames(citations: readonly Citation[]) {
  const paragraphs = citations.flatMap((c) =>
    c.kind === 'report' ? [text.number(c.paragraph)] : [],
  );
  const report = paragraphs.length
    ? [text.fill(words.reportInMarker, { paragraphs: text.list(paragraphs, 'unit') })]
    : [];
  const publishers = citations.flatMap((c) =>
    c.kind === 'reference' ? (referenceById(c.referenceId)?.publisher ?? []) : [],
  );
  return text.list([...new Set([...report, ...publishers])], 'unit');
}

/** The marker's accessible name: what it is, then the sources it shows. */
export const markerName = (citations: readonly Citation[]) =>
  `${text.count(words.label, citations.length)} ${markerNames(citations)}`;

/** Where each citation's link leads: its entry on the sources page. */
export const citationHrefs = (citations: readonly Citation[]) =>
  citations.map((citation) =>
    citation.kind === 'report'
      ? paths.paragraph(citation.paragraph)
      : paths.reference(citation.referenceId),
  );

/** The popover a button opens: a popover hangs off its button by id, which no role query follows. */
export function popoverOf(button: HTMLElement) {
  const popover = document.getElementById(button.getAttribute('popovertarget') ?? '');
  if (!popover) throw new Error(`${button.textContent ?? 'the button'} opens nothing`);
  return popover;
}
