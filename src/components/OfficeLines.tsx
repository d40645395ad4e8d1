import { formatDate } from '../content/dates';
import { latestOffice, officeLine, officeOn } from '../content/offices';
import type { IsoDay, Person } from '../content/types';
import styles from './OfficeLines.module.css';

/**
 * What a person is now, with dates, so an office that has ended never reads as current; and, when
 * a day is given, what they were on that day.
 */
export function OfficeLines({ person, onDay }: { person: Person; onDay?: IsoDay }) {
  const latest = latestOffice(person);
  const then = onDay && officeOn(person, onDay);
  return (
    <>
      {onDay && then && (
        <p className={styles.then}>
          On <time dateTime={onDay}>{formatDate({ precision: 'day', day: onDay })}</time>:{' '}
          {then.title}
        </p>
      )}
      {latest && (
        <p className={styles.now}>
          {officeLine(latest)}
          {person.party && <> · {person.party}</>}
        </p>
      )}
    </>
  );
}
