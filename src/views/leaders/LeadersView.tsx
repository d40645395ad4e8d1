import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { TextWithTerms } from '../../components/TextWithTerms';
import { glossaryMarker } from '../../content/glossaryText';
import { principals, supportingCast } from '../../content/peopleSelectors';
import { paths } from '../../paths';
import styles from './LeadersView.module.css';
import { PersonHeader } from './PersonHeader';

/** The two leaders who met in Tokyo, and the others who shaped the story. */
export function LeadersView() {
  const [first, second] = principals();
  const markTerms = glossaryMarker();
  return (
    <div className="page">
      <h1 tabIndex={-1}>The leaders</h1>
      <p className="lede">
        Two leaders with problems at home and a shared interest in getting along.
      </p>
      <ul className={styles.principals}>
        {principals().map((person) => (
          <li key={person.id} className={styles.card}>
            <PersonHeader person={person} headingLevel="h2" />
            <p>
              <TextWithTerms parts={markTerms(person.summary.text)} />
            </p>
            <CitationList citations={person.summary.citations} />
            <Link to={paths.leader(person.id)} className="button">
              Profile of {person.name}
            </Link>
          </li>
        ))}
      </ul>
      {first && second && (
        <p>
          <Link to={paths.compare()} className="button">
            Compare {first.name} and {second.name} side by side
          </Link>
        </p>
      )}
      <h2>Others in the story</h2>
      <ul className={styles.cast}>
        {supportingCast().map((person) => (
          <li key={person.id} className={styles.card}>
            <PersonHeader person={person} headingLevel="h2" />
            <p>
              <TextWithTerms parts={markTerms(person.summary.text)} />
            </p>
            <CitationList citations={person.summary.citations} />
            <Link to={paths.leader(person.id)}>{person.name} in the story</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
