import { Link } from 'react-router';
import { correctionsOf } from '../content/updateSelectors';
import type { ContentRef, IsoDay, Update } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './CorrectionNotes.module.css';

/** "Corrected on …" where a corrected item stands, one link per day to what was wrong and what is right. */
export function CorrectionNotes({ item }: { item: ContentRef }) {
  const text = useText();
  const words = text.words.common.corrections;
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
            <Fill
              template={words.correctedOn}
              values={{
                date: <time dateTime={day}>{text.date({ precision: 'day', day })}</time>,
              }}
            />
          </Link>
          {corrections.length > 1 && <> {text.count(words.count, corrections.length)}</>}
        </span>
      ))}
    </p>
  );
}
