import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { RecordReachNote } from '../../components/RecordReachNote';
import { formatDate } from '../../content/dates';
import { refLabel } from '../../content/refSelectors';
import { wordingOf } from '../../content/updatePageSelectors';
import { allUpdates } from '../../content/updateSelectors';
import type { Update, UpdateKind } from '../../content/types';
import { paths } from '../../paths';
import styles from './UpdatesView.module.css';

const kindLabels: Record<UpdateKind, string> = {
  event: 'Added to the timeline',
  status: 'Status change',
  correction: 'Correction',
};

/** Every change to the explainer, newest first: new events, status changes and corrections. */
export function UpdatesView() {
  const days = [...new Set(allUpdates().map((u) => u.date))];
  return (
    <div className="page">
      <h1 tabIndex={-1}>Updates and corrections</h1>
      <p className="lede">
        Every change we make to this explainer, newest first: events we add, promises whose status
        moves, and mistakes we correct, each with what was wrong, what is right and the source.
      </p>
      <RecordReachNote linksToUpdates={false} />
      {days.map((day) => (
        <section key={day} aria-labelledby={`updates-${day}`}>
          <h2 id={`updates-${day}`}>
            <time dateTime={day}>{formatDate({ precision: 'day', day })}</time>
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
  const { summary, correction } = wordingOf(update);
  return (
    <li id={update.id} className={styles.entry}>
      <article aria-labelledby={`${update.id}-title`}>
        <h3 id={`${update.id}-title`} className={styles.title}>
          <span className={styles.kind} data-kind={update.kind}>
            {kindLabels[update.kind]}
          </span>{' '}
          <Link to={paths.item(update.item)}>{refLabel(update.item)}</Link>
        </h3>
        {correction ? (
          <dl className={styles.correction}>
            <div>
              <dt>What we said</dt>
              <dd>{summary}</dd>
            </div>
            <div>
              <dt>What is right</dt>
              <dd>{correction}</dd>
            </div>
          </dl>
        ) : (
          <p>{summary}</p>
        )}
        <CitationList citations={update.citations} />
      </article>
    </li>
  );
}
