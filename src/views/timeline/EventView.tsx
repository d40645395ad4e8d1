import { Link, useParams } from 'react-router';
import { ChangedMarker } from '../../components/ChangedMarker';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { MissingItem } from '../../components/MissingItem';
import { TextWithTerms } from '../../components/TextWithTerms';
import { formatDate, machineDate } from '../../content/dates';
import { glossaryMarker } from '../../content/glossaryText';
import { commitmentsMadeAt, commitmentsMovedBy } from '../../content/commitmentSelectors';
import { eraTitle, eventById, eventNeighbours, themeLabel } from '../../content/eventSelectors';
import { eventsLike } from '../../content/suggestions';
import type { StoryEvent } from '../../content/types';
import { useArrowKeyNavigation } from '../../hooks/useArrowKeyNavigation';
import { paths } from '../../paths';
import styles from './EventView.module.css';
import { CommitmentLinks } from '../../components/CommitmentLinks';
import { PeopleLinks } from './PeopleLinks';

/** One event on its own page, shareable, with the events either side. */
export function EventView() {
  const { eventId = '' } = useParams();
  const event = eventById(eventId);
  if (!event) {
    return (
      <MissingItem
        kind="event"
        requestedId={eventId}
        suggestions={eventsLike(eventId).map((e) => ({ label: e.title, to: paths.event(e.id) }))}
        back={{ label: 'See the whole timeline', to: paths.timeline() }}
      />
    );
  }
  return <EventDetail event={event} />;
}

function EventDetail({ event }: { event: StoryEvent }) {
  const { previous, next } = eventNeighbours(event.id);
  useArrowKeyNavigation(previous && paths.event(previous.id), next && paths.event(next.id));
  const made = commitmentsMadeAt(event.id);
  const moved = commitmentsMovedBy(event.id);
  const markTerms = glossaryMarker();

  return (
    <article className="page">
      <p className={styles.trail}>
        <Link to={paths.timeline()}>Timeline</Link> · {eraTitle(event.era)}
      </p>
      <time className={styles.date} dateTime={machineDate(event.date)}>
        {formatDate(event.date)}
      </time>
      <h1 tabIndex={-1}>{event.title}</h1>
      <ChangedMarker item={{ kind: 'event', id: event.id }} />
      <p className="lede">
        <TextWithTerms parts={markTerms(event.summary)} />
      </p>
      <PeopleLinks personIds={event.people} />
      <h2>Why it matters</h2>
      <p>
        <TextWithTerms parts={markTerms(event.significance)} />
      </p>
      <CitationList citations={event.citations} />
      <CorrectionNotes item={{ kind: 'event', id: event.id }} />

      {made.length > 0 && (
        <CommitmentLinks id="made-here" title="Commitments made here" commitments={made} />
      )}
      {moved.length > 0 && (
        <CommitmentLinks
          id="moved-here"
          title="Commitments this moved forward"
          commitments={moved}
        />
      )}

      <p className={styles.themes}>
        Themes:{' '}
        {event.themes.map((theme, index) => (
          <span key={theme}>
            {index > 0 && ', '}
            <Link to={paths.timeline(theme)}>{themeLabel(theme)}</Link>
          </span>
        ))}
      </p>

      <nav aria-label="Previous and next events" className={styles.pager} data-print="hide">
        {previous ? (
          <Link
            to={paths.event(previous.id)}
            rel="prev"
            className={styles.pagerLink}
            aria-label={`Previous event: ${previous.title}`}
          >
            <span aria-hidden="true">←</span> {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            to={paths.event(next.id)}
            rel="next"
            className={`${styles.pagerLink} ${styles.next}`}
            aria-label={`Next event: ${next.title}`}
          >
            {next.title} <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
      <p className={styles.hint} data-print="hide">
        Tip: the ← and → keys move between events.
      </p>
    </article>
  );
}
