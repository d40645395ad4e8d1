import { Link, useParams } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { QuoteCard } from '../../components/QuoteCard';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { FactList } from '../../components/FactList';
import { Fill } from '../../components/Fill';
import { officeDates } from '../../content/offices';
import { profileOf } from '../../content/profileSelectors';
import { MissingItem } from '../../components/MissingItem';
import { commitmentsOfPerson } from '../../content/commitmentSelectors';
import { eventsOfPerson } from '../../content/eventSelectors';
import { personById, principals } from '../../content/peopleSelectors';
import { suggestedPeople } from '../../content/suggestions';
import type { PluralForms } from '../../content/text';
import type { Office, Person } from '../../content/types';
import { quotesOf } from '../../content/voiceSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { CommitmentLinks } from '../../components/CommitmentLinks';
import { PersonHeader } from './PersonHeader';
import { sectionsOf } from './profileSections';
import styles from './LeaderView.module.css';

/** A leader's profile: who they are, where they stand, what they promised. */
export function LeaderView() {
  const { personId = '' } = useParams();
  const text = useText();
  const person = personById(personId);
  if (!person) {
    return (
      <MissingItem
        kind="leader"
        requestedId={personId}
        suggestions={suggestedPeople(personId, text.languageTag).map((p) => ({
          label: p.name,
          to: paths.leader(p.id),
        }))}
        back={{ label: text.words.leaders.profile.missingBack, to: paths.leaders() }}
      />
    );
  }
  return <Profile person={person} />;
}

function Profile({ person }: { person: Person }) {
  const text = useText();
  const words = text.words.leaders;
  const events = eventsOfPerson(person.id);
  const commitments = commitmentsOfPerson(person.id);
  const isPrincipal = principals().some((p) => p.id === person.id);
  const quotes = quotesOf(person.id);

  return (
    <article className="page">
      <p className={styles.trail}>
        <Link to={paths.leaders()}>{words.leadersLink}</Link>
      </p>
      <PersonHeader person={person} headingLevel="h1" />
      <FactList facts={[person.summary]} />
      <CorrectionNotes item={{ kind: 'person', id: person.id }} />
      <PostList id="offices" heading={words.profile.offices} posts={person.offices} />
      {person.seats?.length ? (
        <PostList id="seats" heading={words.profile.seats} posts={person.seats} />
      ) : null}
      {sectionsOf(person).map((section) => (
        <section key={section} aria-labelledby={`section-${section}`}>
          <h2 id={`section-${section}`}>{words.sections[section]}</h2>
          <FactList facts={profileOf(person.id)[section]} />
        </section>
      ))}
      {quotes.length > 0 && (
        <section aria-labelledby="words">
          <h2 id="words">{words.profile.ownWords}</h2>
          <div className={styles.quotes}>
            {quotes.map((quote) => (
              <QuoteCard key={quote.id} quote={quote} />
            ))}
          </div>
        </section>
      )}
      {commitments.length > 0 && (
        <CommitmentLinks
          id="commitments"
          title={text.fill(words.profile.committedTo, { name: person.name })}
          commitments={commitments}
        />
      )}
      {events.length > 0 && (
        <section aria-labelledby="on-the-timeline">
          <h2 id="on-the-timeline">{words.profile.onTimeline}</h2>
          <ol className={styles.events}>
            {events.map((event) => (
              <li key={event.id}>
                <span className={styles.eventDate}>{text.date(event.date)}</span>{' '}
                <Link to={paths.event(event.id)}>{event.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      {isPrincipal && (
        <p>
          <Link to={paths.compare()} className="button">
            {words.profile.compareLink}
          </Link>
        </p>
      )}
    </article>
  );
}

/** Offices or seats, each with its dates and sources, under a heading that counts them. */
function PostList({
  id,
  heading,
  posts,
}: {
  id: string;
  heading: PluralForms;
  posts: readonly Office[];
}) {
  const text = useText();
  const words = text.words.leaders;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{text.count(heading, posts.length)}</h2>
      <ol className={styles.offices}>
        {posts.map((office) => (
          <li key={office.title}>
            <Fill
              template={words.profile.office}
              values={{
                office: <strong>{office.title}</strong>,
                dates: officeDates(office, text),
              }}
            />
            <CitationList citations={office.citations} />
          </li>
        ))}
      </ol>
    </section>
  );
}
