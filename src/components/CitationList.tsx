import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { citationKindLabel, referenceById } from '../content/referenceSelectors';
import { lastReviewed } from '../content/storySelectors';
import type { DateValue } from '../content/types';
import type { Citation } from '../content/types';
import { paths } from '../paths';
import styles from './CitationList.module.css';

/**
 * The sources behind a fact, each a link to its entry on the sources page. Inside running text
 * (a definition that pops over a paragraph) it must be a span, since a paragraph cannot nest.
 */
export function CitationList({
  citations,
  as: Line = 'p',
}: {
  citations: readonly Citation[];
  as?: 'p' | 'span';
}) {
  return (
    <Line className={styles.citations}>
      <span className={styles.label}>{citations.length > 1 ? 'Sources' : 'Source'}:</span>{' '}
      {citations.map((citation, index) => (
        <span key={citationKey(citation)}>
          {index > 0 && ' · '}
          <CitationLink citation={citation} />
        </span>
      ))}
      <span>
        {' '}
        · checked{' '}
        <time dateTime={checkedOn(citations).day}>{formatDate(checkedOn(citations))}</time>
      </span>
    </Line>
  );
}

function CitationLink({ citation }: { citation: Citation }) {
  if (citation.kind === 'report') {
    return (
      <Link to={paths.paragraph(citation.paragraph)} className={styles.link}>
        Report ¶{citation.paragraph}
      </Link>
    );
  }
  const reference = referenceById(citation.referenceId);
  if (!reference) return null;
  const published = reference.published ? `, ${formatDate(reference.published)}` : '';
  return (
    <Link to={paths.reference(reference.id)} className={styles.link}>
      {reference.publisher}
      {published} <span className={styles.kind}>({citationKindLabel(citation)})</span>
    </Link>
  );
}

const citationKey = (citation: Citation) =>
  citation.kind === 'report' ? `p${citation.paragraph}` : citation.referenceId;

/** The oldest check among the citations: the list is only as fresh as its stalest source. */
function checkedOn(citations: readonly Citation[]): Extract<DateValue, { precision: 'day' }> {
  const days = citations.map((c) =>
    c.kind === 'report'
      ? lastReviewed().day
      : (referenceById(c.referenceId)?.checked ?? lastReviewed().day),
  );
  const oldest = [...days].sort()[0] ?? lastReviewed().day;
  return { precision: 'day', day: oldest };
}
