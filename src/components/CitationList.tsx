import { useId } from 'react';
import { Link } from 'react-router';
import { referenceById } from '../content/referenceSelectors';
import type { Text } from '../content/text';
import type { Citation } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './CitationList.module.css';

/**
 * The sources behind a fact: a small marker after it, naming them, that opens the full citations
 * in place, each a link to its entry on the sources page (where the day we checked it is). The
 * marker is a native popover, as glossary terms are (decision 005): it opens before hydration and
 * with JavaScript off. Inside running text (a definition that pops over a paragraph) it must be a
 * span, since a paragraph cannot nest; it holds phrasing content only, so it may sit in a `<p>`.
 */
export function CitationList({
  citations,
  as: Line = 'p',
}: {
  citations: readonly Citation[];
  as?: 'p' | 'span';
}) {
  const id = useId();
  const text = useText();
  const words = text.words.common.citations;
  const label = text.count(words.label, citations.length);
  const names = markerNames(citations, text);
  // Each name stays a text node of its own between the list's separators (the story's publishers
  // are not the dictionary's words), so the list is a template of slots that Fill fills.
  const list = text.list(
    names.map((_, index) => `{${index}}`),
    'unit',
  );
  return (
    <Line className={styles.citations}>
      {/* Named by what it is, for screen readers, then by the names it shows. */}
      <button type="button" className={styles.marker} popoverTarget={id}>
        <span className="visually-hidden">{label}</span>{' '}
        <Fill template={list} values={Object.fromEntries(names.entries())} />
      </button>
      <span id={id} popover="auto" className={styles.sources} data-print="show">
        <span className={styles.heading}>{label}</span>{' '}
        {citations.map((citation) => (
          <span key={citationKey(citation)} className={styles.entry}>
            <CitationLink citation={citation} />{' '}
          </span>
        ))}
      </span>
    </Line>
  );
}

/** What the marker calls the sources, each once: "Report ¶2, 3" for the report, a publisher's name. */
function markerNames(citations: readonly Citation[], text: Text) {
  const paragraphs = citations.flatMap((citation) =>
    citation.kind === 'report' ? [text.number(citation.paragraph)] : [],
  );
  const report =
    paragraphs.length > 0
      ? [
          text.fill(text.words.common.citations.reportInMarker, {
            paragraphs: text.list(paragraphs, 'unit'),
          }),
        ]
      : [];
  const publishers = citations.flatMap((citation) =>
    citation.kind === 'reference' ? (referenceById(citation.referenceId)?.publisher ?? []) : [],
  );
  return [...new Set([...report, ...publishers])];
}

function CitationLink({ citation }: { citation: Citation }) {
  const text = useText();
  const words = text.words.common.citations;
  if (citation.kind === 'report') {
    return (
      <Link to={paths.paragraph(citation.paragraph)} className={styles.link}>
        {text.fill(words.report, { paragraph: citation.paragraph })}
      </Link>
    );
  }
  const reference = referenceById(citation.referenceId);
  if (!reference) return null;
  return (
    <Link to={paths.reference(reference.id)} className={styles.link}>
      <Fill
        template={reference.published ? words.datedReference : words.reference}
        values={{
          publisher: reference.publisher,
          date: reference.published && text.date(reference.published),
          kind: <span className={styles.kind}>{words.kinds[reference.kind]}</span>,
        }}
      />
    </Link>
  );
}

const citationKey = (citation: Citation) =>
  citation.kind === 'report' ? `p${citation.paragraph}` : citation.referenceId;
