import { Monogram } from '../../../components/Monogram';
import { OfficeLines } from '../../../components/OfficeLines';
import { summitDay } from '../../../content/eventSelectors';
import { countryOf } from '../../../content/peopleSelectors';
import type { Person } from '../../../content/types';
import styles from '../SlideContent.module.css';

/** The two leaders side by side, each as they were on the day of the summit. */
export function LeaderCards({ people }: { people: readonly Person[] }) {
  return (
    <div className={styles.leaders}>
      {people.map((person) => {
        const country = countryOf(person);
        return (
          <section key={person.id} className={styles.leader} aria-label={person.name}>
            <Monogram
              initials={person.initials}
              colour={country.colour}
              onColour={country.onColour}
              size="large"
            />
            <div>
              <h2>{person.name}</h2>
              <div className={styles.kicker}>
                <OfficeLines person={person} onDay={summitDay()} />
              </div>
              <p>{person.summary.text}</p>
            </div>
          </section>
        );
      })}
    </div>
  );
}
