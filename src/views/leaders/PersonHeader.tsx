import { Monogram } from '../../components/Monogram';
import { OfficeLines } from '../../components/OfficeLines';
import { countryOf } from '../../content/peopleSelectors';
import type { IsoDay, Person } from '../../content/types';
import styles from './PersonHeader.module.css';

/** A person's monogram, name in both scripts, office with its dates, and party. */
export function PersonHeader({
  person,
  headingLevel,
  onDay,
}: {
  person: Person;
  headingLevel: 'h1' | 'h2';
  /** Also say what they were on this day (the comparison's summit). */
  onDay?: IsoDay;
}) {
  const country = countryOf(person);
  const Heading = headingLevel;
  return (
    <header className={styles.header}>
      <Monogram
        initials={person.initials}
        colour={country.colour}
        onColour={country.onColour}
        size={headingLevel === 'h1' ? 'large' : 'small'}
      />
      <div>
        <Heading tabIndex={headingLevel === 'h1' ? -1 : undefined} className={styles.name}>
          {person.name}{' '}
          {person.nativeName && (
            <span lang={person.nativeLang} className={styles.native}>
              {person.nativeName}
            </span>
          )}
        </Heading>
        <div className={styles.office}>
          <OfficeLines person={person} onDay={onDay} />
        </div>
      </div>
    </header>
  );
}
