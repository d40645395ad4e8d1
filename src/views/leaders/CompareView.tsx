import { Link } from 'react-router';
import { CareerChart } from '../../components/CareerChart';
import { FactList } from '../../components/FactList';
import { Fill } from '../../components/Fill';
import { profileOf } from '../../content/profileSelectors';
import { summitDay } from '../../content/eventSelectors';
import { principals } from '../../content/peopleSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './CompareView.module.css';
import { PersonHeader } from './PersonHeader';
import { profileSections } from './profileSections';

/** The two leaders side by side, one row per part of their profiles. */
export function CompareView() {
  const text = useText();
  const words = text.words.leaders;
  const leaders = principals();
  const day = summitDay();
  return (
    <div className="page">
      <p className={styles.trail}>
        <Link to={paths.leaders()}>{words.leadersLink}</Link>
      </p>
      <h1 tabIndex={-1}>{words.compare.heading}</h1>
      <p className="lede">
        <Fill
          template={words.compare.lede}
          values={{
            leaders: text.list(leaders.map((l) => l.name)),
            date: <time dateTime={day}>{text.date({ precision: 'day', day })}</time>,
          }}
        />
      </p>
      <CareerChart />
      <div className={styles.grid}>
        <div className={styles.row}>
          {leaders.map((person) => (
            <div key={person.id} className={styles.cell}>
              <PersonHeader person={person} headingLevel="h2" onDay={day} />
              <Link to={paths.leader(person.id)}>{words.compare.fullProfile}</Link>
            </div>
          ))}
        </div>
        {profileSections.map((section) => (
          <section key={section} aria-labelledby={`compare-${section}`}>
            <h2 id={`compare-${section}`} className={styles.rowTitle}>
              {words.sections[section]}
            </h2>
            <div className={styles.row}>
              {leaders.map((person) => (
                <div key={person.id} className={styles.cell}>
                  <h3 className={styles.cellTitle}>{person.name}</h3>
                  <FactList facts={profileOf(person.id)[section]} />
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
