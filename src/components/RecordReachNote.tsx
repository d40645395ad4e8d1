import { Link } from 'react-router';
import { recordReach } from '../content/storySelectors';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './RecordReachNote.module.css';

/** How far the record reaches and when it was last reviewed: true "as of" a day a reader can see. */
export function RecordReachNote({ linksToUpdates = true }: { linksToUpdates?: boolean }) {
  const text = useText();
  const words = text.words.common.recordReach;
  const { coversTo, reportsTo, reviewed, whyItStops } = recordReach();
  return (
    <p className={styles.note}>
      <Fill
        template={words.note}
        values={{
          coversTo: (
            <time dateTime={coversTo}>{text.date({ precision: 'day', day: coversTo })}</time>
          ),
          reportsTo: (
            <time dateTime={reportsTo}>{text.date({ precision: 'day', day: reportsTo })}</time>
          ),
          reviewed: (
            <time dateTime={reviewed}>{text.date({ precision: 'day', day: reviewed })}</time>
          ),
          whyItStops,
        }}
      />
      {linksToUpdates && (
        <>
          {' '}
          <Link to={paths.updates()}>{words.updatesLink}</Link>
        </>
      )}
    </p>
  );
}
