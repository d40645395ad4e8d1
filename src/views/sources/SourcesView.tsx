import { Link } from 'react-router';
import { formatDate } from '../../content/dates';
import { reportDescription } from '../../content/report';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { RecordReachNote } from '../../components/RecordReachNote';
import { allReferences } from '../../content/sourceSelectors';
import {
  allReportParagraphs,
  itemsCitingParagraph,
  itemsCitingReference,
  type CitingItem,
} from '../../content/citingItems';
import styles from './SourcesView.module.css';

const kindLabels = { official: 'Official', news: 'News report', reference: 'Reference work' };

/** How the explainer was made: the report, paragraph by paragraph, and every background source. */
export function SourcesView() {
  return (
    <div className="page">
      <h1 tabIndex={-1}>Sources and method</h1>
      <p className="lede">
        Every fact in this explainer links here. We wrote it in our own words from one news report,
        then checked the background against other publications.
      </p>
      <RecordReachNote />
      <CorrectionNotes item={{ kind: 'page', id: 'sources' }} />

      <h2>The source report</h2>
      <p>{reportDescription}</p>
      <ol className={styles.paragraphs}>
        {allReportParagraphs().map((paragraph) => (
          <li key={paragraph.number} id={`paragraph-${paragraph.number}`} className={styles.entry}>
            <article aria-labelledby={`paragraph-${paragraph.number}-title`}>
              <h3 id={`paragraph-${paragraph.number}-title`} className={styles.entryTitle}>
                ¶{paragraph.number}
              </h3>
              <p>{paragraph.covers}</p>
              <CitedBy items={itemsCitingParagraph(paragraph.number)} />
            </article>
          </li>
        ))}
      </ol>

      <h2>Background sources</h2>
      <p>
        Titles in square brackets describe a page whose headline our stored copy did not show. Dates
        are of publication; each entry says when we last checked it.
      </p>
      <ul className={styles.references}>
        {allReferences().map((reference) => (
          <li key={reference.id} id={reference.id} className={styles.entry}>
            <article aria-labelledby={`${reference.id}-title`}>
              <h3 id={`${reference.id}-title`} className={styles.entryTitle}>
                {reference.title}
              </h3>
              <p className={styles.meta}>
                {reference.publisher}
                {reference.published && <>, {formatDate(reference.published)}</>} ·{' '}
                {kindLabels[reference.kind]} · checked{' '}
                {formatDate({ precision: 'day', day: reference.checked })}
              </p>
              <p className={styles.url}>
                <a href={reference.url} rel="noreferrer">
                  {reference.url}
                </a>
              </p>
              <CitedBy items={itemsCitingReference(reference.id)} />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CitedBy({ items }: { items: CitingItem[] }) {
  if (items.length === 0) return null;
  return (
    <details className={styles.citedBy}>
      <summary>Cited by {items.length === 1 ? '1 item' : `${items.length} items`}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <Link to={item.path}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
