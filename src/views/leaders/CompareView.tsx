import { Link } from 'react-router';
import { FactList } from '../../components/FactList';
import { profileOf } from '../../content/profileSelectors';
import { formatDate } from '../../content/dates';
import { summitDay } from '../../content/eventSelectors';
import { principals } from '../../content/peopleSelectors';
import { paths } from '../../paths';
import styles from './CompareView.module.css';
import { PersonHeader } from './PersonHeader';
import { profileSections } from './profileSections';

/** The two leaders side by side, one row per part of their profiles. */
export function CompareView() {
  const leaders = principals();
  const day = summitDay();
  return (
    <div className="page">
      <p className={styles.trail}>
        <Link to={paths.leaders()}>Leaders</Link>
      </p>
      <h1 tabIndex={-1}>Side by side</h1>
      <p className="lede">
        {leaders.map((l) => l.name).join(' and ')} as they were at the Tokyo summit on{' '}
        <time dateTime={day}>{formatDate({ precision: 'day', day })}</time>, row by row. Under each
        name is the office they held that day, then the office they hold now, or last held. On a
        narrow screen each row shows one leader after the other.
      </p>
      <div className={styles.grid}>
        <div className={styles.row}>
          {leaders.map((person) => (
            <div key={person.id} className={styles.cell}>
              <PersonHeader person={person} headingLevel="h2" onDay={day} />
              <Link to={paths.leader(person.id)}>Full profile</Link>
            </div>
          ))}
        </div>
        {profileSections.map((section) => (
          <section key={section.key} aria-labelledby={`compare-${section.key}`}>
            <h2 id={`compare-${section.key}`} className={styles.rowTitle}>
              {section.title}
            </h2>
            <div className={styles.row}>
              {leaders.map((person) => (
                <div key={person.id} className={styles.cell}>
                  <h3 className={styles.cellTitle}>{person.name}</h3>
                  <FactList facts={profileOf(person.id)[section.key]} />
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
