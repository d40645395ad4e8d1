import { Link, useParams } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { FactList } from '../../components/FactList';
import { officeDates } from '../../content/offices';
import { profileOf } from '../../content/profileSelectors';
import { MissingItem } from '../../components/MissingItem';
import { formatDate } from '../../content/dates';
import { commitmentsOfPerson } from '../../content/commitmentSelectors';
import { eventsOfPerson } from '../../content/eventSelectors';
import { personById, principals } from '../../content/peopleSelectors';
import { peopleLike } from '../../content/suggestions';
import type { Person } from '../../content/types';
import { paths } from '../../paths';
import { CommitmentLinks } from '../../components/CommitmentLinks';
import { PersonHeader } from './PersonHeader';
import { sectionsOf } from './profileSections';
import styles from './LeaderView.module.css';

/** A leader's profile: who they are, where they stand, what they promised. */
export function LeaderView() {
  const { personId = '' } = useParams();
  const person = personById(personId);
  if (!person) {
    return (
      <MissingItem
        kind="leader"
        requestedId={personId}
        suggestions={peopleLike(personId).map((p) => ({ label: p.name, to: paths.leader(p.id) }))}
        back={{ label: 'See all the leaders', to: paths.leaders() }}
      />
    );
  }
  return <Profile person={person} />;
}

function Profile({ person }: { person: Person }) {
  const events = eventsOfPerson(person.id);
  const commitments = commitmentsOfPerson(person.id);
  const isPrincipal = principals().some((p) => p.id === person.id);

  return (
    <article className="page">
      <p className={styles.trail}>
        <Link to={paths.leaders()}>Leaders</Link>
      </p>
      <PersonHeader person={person} headingLevel="h1" />
      <FactList facts={[person.summary]} />
      <CorrectionNotes item={{ kind: 'person', id: person.id }} />
      <section aria-labelledby="offices">
        <h2 id="offices">{person.offices.length > 1 ? 'Offices' : 'Office'}</h2>
        <ol className={styles.offices}>
          {person.offices.map((office) => (
            <li key={office.title}>
              <strong>{office.title}</strong>, {officeDates(office)}
              <CitationList citations={office.citations} />
            </li>
          ))}
        </ol>
      </section>
      {sectionsOf(person).map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{section.title}</h2>
          <FactList facts={profileOf(person.id)[section.key]} />
        </section>
      ))}
      {commitments.length > 0 && (
        <CommitmentLinks
          id="commitments"
          title={`What ${person.name} committed to`}
          commitments={commitments}
        />
      )}
      {events.length > 0 && (
        <section aria-labelledby="on-the-timeline">
          <h2 id="on-the-timeline">On the timeline</h2>
          <ol className={styles.events}>
            {events.map((event) => (
              <li key={event.id}>
                <span className={styles.eventDate}>{formatDate(event.date)}</span>{' '}
                <Link to={paths.event(event.id)}>{event.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      {isPrincipal && (
        <p>
          <Link to={paths.compare()} className="button">
            Compare the two leaders
          </Link>
        </p>
      )}
    </article>
  );
}
