import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { TextWithTerms } from '../../components/TextWithTerms';
import { glossaryMarker } from '../../content/glossaryText';
import { principals, supportingCast } from '../../content/peopleSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './LeadersView.module.css';
import { PersonHeader } from './PersonHeader';

/** The two leaders who met in Tokyo, and the others who shaped the story. */
export function LeadersView() {
  const text = useText();
  const words = text.words.leaders;
  const leaders = principals();
  const markTerms = glossaryMarker();
  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p className="lede">{words.lede}</p>
      <ul className={styles.principals}>
        {leaders.map((person) => (
          <li key={person.id} className={styles.card}>
            <PersonHeader person={person} headingLevel="h2" />
            <p>
              <TextWithTerms parts={markTerms(person.summary.text)} />
            </p>
            <CitationList citations={person.summary.citations} />
            <Link to={paths.leader(person.id)} className="button">
              {text.fill(words.profileLink, { name: person.name })}
            </Link>
          </li>
        ))}
      </ul>
      {leaders.length > 1 && (
        <p>
          <Link to={paths.compare()} className="button">
            {text.fill(words.compareLink, { leaders: text.list(leaders.map((l) => l.name)) })}
          </Link>
        </p>
      )}
      <h2>{words.othersHeading}</h2>
      <ul className={styles.cast}>
        {supportingCast().map((person) => (
          <li key={person.id} className={styles.card}>
            <PersonHeader person={person} headingLevel="h2" />
            <p>
              <TextWithTerms parts={markTerms(person.summary.text)} />
            </p>
            <CitationList citations={person.summary.citations} />
            <Link to={paths.leader(person.id)}>
              {text.fill(words.inStoryLink, { name: person.name })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
