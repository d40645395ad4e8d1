import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import { RecordReachNote } from '../../components/RecordReachNote';
import { refLabel } from '../../content/refSelectors';
import { wordingOf } from '../../content/updatePageSelectors';
import { allUpdates } from '../../content/updateSelectors';
import type { Update } from '../../content/types';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './UpdatesView.module.css';

/** Every change to the explainer, newest first: new events, status changes and corrections. */
export function UpdatesView() {
  const text = useText();
  const words = text.words.updates;
  const days = [...new Set(allUpdates().map((u) => u.date))];
  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p className="lede">{words.lede}</p>
      <RecordReachNote linksToUpdates={false} />
      {days.map((day) => (
        <section key={day} aria-labelledby={`updates-${day}`}>
          <h2 id={`updates-${day}`}>
            <time dateTime={day}>{text.date({ precision: 'day', day })}</time>
          </h2>
          <ol className={styles.list}>
            {allUpdates()
              .filter((u) => u.date === day)
              .map((update) => (
                <UpdateEntry key={update.id} update={update} />
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function UpdateEntry({ update }: { update: Update }) {
  const text = useText();
  const words = text.words.updates;
  const { summary, values = {}, correction } = wordingOf(update, text);
  return (
    <li id={update.id} className={styles.entry}>
      <article aria-labelledby={`${update.id}-title`}>
        <h3 id={`${update.id}-title`} className={styles.title}>
          <span className={styles.kind} data-kind={update.kind}>
            {words.kinds[update.kind]}
          </span>{' '}
          <Link to={paths.item(update.item)}>{refLabel(update.item, text)}</Link>
        </h3>
        {correction ? (
          <dl className={styles.correction}>
            <div>
              <dt>{words.said}</dt>
              <dd>{summary}</dd>
            </div>
            <div>
              <dt>{words.right}</dt>
              <dd>{correction}</dd>
            </div>
          </dl>
        ) : (
          <p>
            <Fill template={summary} values={values} />
          </p>
        )}
        <CitationList citations={update.citations} />
      </article>
    </li>
  );
}
