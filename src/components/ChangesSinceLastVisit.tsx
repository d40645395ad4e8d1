import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { countByKind } from '../content/updateSelectors';
import { useChangesSinceLastVisit } from '../hooks/useChangesSinceLastVisit';
import { paths } from '../paths';
import styles from './ChangesSinceLastVisit.module.css';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** For a returning reader: what changed since their last visit, with a way to clear the markers. */
export function ChangesSinceLastVisit() {
  const { since, changes, dismiss } = useChangesSinceLastVisit();
  if (!since) return null;
  const counts = countByKind(changes);
  const parts = [
    counts.event > 0 &&
      plural(counts.event, 'event added to the timeline', 'events added to the timeline'),
    counts.status > 0 && plural(counts.status, 'status change', 'status changes'),
    counts.correction > 0 && plural(counts.correction, 'correction', 'corrections'),
  ].filter((part): part is string => Boolean(part));
  return (
    <section aria-labelledby="since-last-visit" className={styles.box} data-print="hide">
      <h2 id="since-last-visit" className={styles.title}>
        Since your last visit
      </h2>
      <p>
        {new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(parts)}, since our review of{' '}
        <time dateTime={since}>{formatDate({ precision: 'day', day: since })}</time> that you last
        saw. Each is marked where it stands.
      </p>
      <p className={styles.actions}>
        <Link to={paths.updates()}>See what changed</Link>
        <button type="button" className="button" onClick={dismiss}>
          Clear the markers
        </button>
      </p>
    </section>
  );
}
