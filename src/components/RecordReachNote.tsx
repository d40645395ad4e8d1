import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { recordReach } from '../content/storySelectors';
import { paths } from '../paths';
import styles from './RecordReachNote.module.css';

/** How far the record reaches and when it was last reviewed: true "as of" a day a reader can see. */
export function RecordReachNote({ linksToUpdates = true }: { linksToUpdates?: boolean }) {
  const { coversTo, reviewed, whyItStops } = recordReach();
  return (
    <p className={styles.note}>
      Our record runs to{' '}
      <time dateTime={coversTo}>{formatDate({ precision: 'day', day: coversTo })}</time>. Every
      fact, office and status was last reviewed on{' '}
      <time dateTime={reviewed}>{formatDate({ precision: 'day', day: reviewed })}</time>.{' '}
      {whyItStops}
      {linksToUpdates && (
        <>
          {' '}
          <Link to={paths.updates()}>See every update and correction.</Link>
        </>
      )}
    </p>
  );
}
