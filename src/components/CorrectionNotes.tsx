import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { correctionsOf } from '../content/updateSelectors';
import type { ContentRef } from '../content/types';
import { paths } from '../paths';
import styles from './CorrectionNotes.module.css';

/** "Corrected on …" where a corrected item stands, each linking to what was wrong and what is right. */
export function CorrectionNotes({ item }: { item: ContentRef }) {
  const corrections = correctionsOf(item);
  if (corrections.length === 0) return null;
  return (
    <p className={styles.note}>
      {corrections.map((correction, index) => (
        <span key={correction.id}>
          {index > 0 && ' · '}
          <Link to={paths.update(correction.id)}>
            Corrected on{' '}
            <time dateTime={correction.date}>
              {formatDate({ precision: 'day', day: correction.date })}
            </time>
          </Link>
        </span>
      ))}
    </p>
  );
}
