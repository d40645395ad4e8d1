import { Link } from 'react-router';
import { countByKind } from '../content/updateSelectors';
import { useChangesSinceLastVisit } from '../hooks/useChangesSinceLastVisit';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './ChangesSinceLastVisit.module.css';

/** For a returning reader: what changed since their last visit, with a way to clear the markers. */
export function ChangesSinceLastVisit() {
  const text = useText();
  const words = text.words.common.sinceLastVisit;
  const { since, changes, dismiss } = useChangesSinceLastVisit();
  if (!since) return null;
  const counts = countByKind(changes);
  const parts = [
    counts.event > 0 && text.count(words.events, counts.event),
    counts.status > 0 && text.count(words.statusChanges, counts.status),
    counts.correction > 0 && text.count(words.corrections, counts.correction),
  ].filter((part): part is string => Boolean(part));
  return (
    <section aria-labelledby="since-last-visit" className={styles.box} data-print="hide">
      <h2 id="since-last-visit" className={styles.title}>
        {words.heading}
      </h2>
      <p>
        <Fill
          template={words.summary}
          values={{
            changes: text.list(parts),
            date: <time dateTime={since}>{text.date({ precision: 'day', day: since })}</time>,
          }}
        />
      </p>
      <p className={styles.actions}>
        <Link to={paths.updates()}>{words.seeChanges}</Link>
        <button type="button" className="button" onClick={dismiss}>
          {words.clearMarkers}
        </button>
      </p>
    </section>
  );
}
