import { Link } from 'react-router';
import { referenceById } from '../content/referenceSelectors';
import { lastReviewed } from '../content/storySelectors';
import type { Citation, DateValue } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
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
  const text = useText();
  const words = text.words.common.citations;
  const checked = checkedOn(citations);
  return (
    <Line className={styles.citations}>
      <span className={styles.label}>{text.count(words.label, citations.length)}</span>{' '}
      {citations.map((citation, index) => (
        <span key={citationKey(citation)}>
          {index > 0 && ' · '}
          <CitationLink citation={citation} />
        </span>
      ))}
      <span>
        {' · '}
        <Fill
          template={words.checked}
          values={{ date: <time dateTime={checked.day}>{text.date(checked)}</time> }}
        />
      </span>
    </Line>
  );
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
