import { CitationList } from '../../components/CitationList';
import { Monogram } from '../../components/Monogram';
import { formatDate } from '../../content/dates';
import { countryOf } from '../../content/selectors';
import type { Person } from '../../content/types';
import styles from './PersonHeader.module.css';

/** A person's monogram, name in both scripts, office and party. */
export function PersonHeader({
  person,
  headingLevel,
}: {
  person: Person;
  headingLevel: 'h1' | 'h2';
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
        <p className={styles.office}>
          {person.office}
          {person.officeSince && <>, since {formatDate(person.officeSince)}</>}
          {person.party && <> · {person.party}</>}
        </p>
        {headingLevel === 'h1' && <CitationList citations={person.officeCitations} />}
      </div>
    </header>
  );
}
