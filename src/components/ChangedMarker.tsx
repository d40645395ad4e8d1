import { Link } from 'react-router';
import { useChangesSinceLastVisit } from '../hooks/useChangesSinceLastVisit';
import { useText } from '../hooks/useText';
import type { ContentRef } from '../content/types';
import { paths } from '../paths';
import styles from './ChangedMarker.module.css';

/** A marker on an item that is new or changed since the reader's last visit. */
export function ChangedMarker({ item }: { item: ContentRef }) {
  const { changedMarker } = useText().words.common;
  const { changesTo } = useChangesSinceLastVisit();
  const changes = changesTo(item);
  const [first] = changes;
  if (!first) return null;
  const isNew = changes.some((change) => change.kind === 'event');
  return (
    <Link to={paths.update(first.id)} className={styles.marker}>
      {isNew ? changedMarker.added : changedMarker.changed}
    </Link>
  );
}
