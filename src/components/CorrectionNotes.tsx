import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { correctionsOf } from '../content/updateSelectors';
import type { ContentRef, IsoDay, Update } from '../content/types';
import { paths } from '../paths';
import styles from './CorrectionNotes.module.css';

/** "Corrected on …" where a corrected item stands, one link per day to what was wrong and what is right. */
export function CorrectionNotes({ item }: { item: ContentRef }) {
  const byDay = new Map<IsoDay, Update[]>();
  for (const correction of correctionsOf(item))
    byDay.set(correction.date, [...(byDay.get(correction.date) ?? []), correction]);
  if (byDay.size === 0) return null;
  return (
    <p className={styles.note}>
      {[...byDay].map(([day, corrections], index) => (
        <span key={day}>
          {index > 0 && ' · '}
          <Link to={paths.update(corrections[0]?.id ?? '')}>
            Corrected on <time dateTime={day}>{formatDate({ precision: 'day', day })}</time>
          </Link>
          {corrections.length > 1 && ` (${corrections.length} corrections)`}
        </span>
      ))}
    </p>
  );
}
