import { latestOffice, officeLineParts, officeOn } from '../content/offices';
import type { IsoDay, Person } from '../content/types';
import { useText } from '../hooks/useText';
import { Fill } from './Fill';
import styles from './OfficeLines.module.css';

/**
 * What a person is now, with dates, so an office that has ended never reads as current; and, when
 * a day is given, what they were on that day.
 */
export function OfficeLines({ person, onDay }: { person: Person; onDay?: IsoDay }) {
  const text = useText();
  const latest = latestOffice(person);
  const then = onDay && officeOn(person, onDay);
  return (
    <>
      {onDay && then && (
        <p className={styles.then}>
          <Fill
            template={text.words.common.offices.onDay}
            values={{
              date: <time dateTime={onDay}>{text.date({ precision: 'day', day: onDay })}</time>,
              office: then.title,
            }}
          />
        </p>
      )}
      {latest && (
        <p className={styles.now}>
          <Fill {...officeLineParts(latest, text)} />
          {person.party && <> · {person.party}</>}
        </p>
      )}
    </>
  );
}
