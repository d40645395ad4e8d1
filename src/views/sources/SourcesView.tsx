import { Link } from 'react-router';
import { reportDescription } from '../../content/report';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { Fill } from '../../components/Fill';
import { RecordReachNote } from '../../components/RecordReachNote';
import { allReferences } from '../../content/sourceSelectors';
import {
  allReportParagraphs,
  itemsCitingParagraph,
  itemsCitingReference,
  type CitingItem,
} from '../../content/citingItems';
import { useText } from '../../hooks/useText';
import styles from './SourcesView.module.css';

/** How the explainer was made: the report, paragraph by paragraph, and every background source. */
export function SourcesView() {
  const text = useText();
  const words = text.words.sources;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p className="lede">{words.lede}</p>
      <RecordReachNote />
      <CorrectionNotes item={{ kind: 'page', id: 'sources' }} />

      <h2>{words.reportHeading}</h2>
      <p>{reportDescription}</p>
      <ol className={styles.paragraphs}>
        {allReportParagraphs().map((paragraph) => (
          <li key={paragraph.number} id={`paragraph-${paragraph.number}`} className={styles.entry}>
            <article aria-labelledby={`paragraph-${paragraph.number}-title`}>
              <h3 id={`paragraph-${paragraph.number}-title`} className={styles.entryTitle}>
                {text.fill(words.paragraph, { number: paragraph.number })}
              </h3>
              <p>{paragraph.covers}</p>
              <CitedBy items={itemsCitingParagraph(paragraph.number)} />
            </article>
          </li>
        ))}
      </ol>

      <h2>{words.backgroundHeading}</h2>
      <p>{words.backgroundNote}</p>
      <ul className={styles.references}>
        {allReferences().map((reference) => (
          <li key={reference.id} id={reference.id} className={styles.entry}>
            <article aria-labelledby={`${reference.id}-title`}>
              <h3 id={`${reference.id}-title`} className={styles.entryTitle}>
                {reference.title}
              </h3>
              <p className={styles.meta}>
                <Fill
                  template={reference.published ? words.datedMeta : words.meta}
                  values={{
                    publisher: reference.publisher,
                    published: reference.published && text.date(reference.published),
                    kind: words.kinds[reference.kind],
                    checked: text.date({ precision: 'day', day: reference.checked }),
                  }}
                />
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
  const text = useText();
  if (items.length === 0) return null;
  return (
    <details className={styles.citedBy}>
      <summary>{text.count(text.words.sources.citedBy, items.length)}</summary>
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
