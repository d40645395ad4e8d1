import { Link, useParams } from 'react-router';
import { ChangedMarker } from '../../components/ChangedMarker';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { Fill } from '../../components/Fill';
import { JourneyMap } from '../../components/JourneyMap';
import { MissingItem } from '../../components/MissingItem';
import { TextWithTerms } from '../../components/TextWithTerms';
import { machineDate } from '../../content/dates';
import { glossaryMarker } from '../../content/glossaryText';
import { commitmentsMadeAt, commitmentsMovedBy } from '../../content/commitmentSelectors';
import { eraTitle, eventById, eventNeighbours, themeLabel } from '../../content/eventSelectors';
import { eventsLike } from '../../content/suggestions';
import type { StoryEvent } from '../../content/types';
import { useArrowKeyNavigation } from '../../hooks/useArrowKeyNavigation';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './EventView.module.css';
import { CommitmentLinks } from '../../components/CommitmentLinks';
import { LinkList } from '../../components/LinkList';
import { PeopleLinks } from './PeopleLinks';

/** One event on its own page, shareable, with the events either side. */
export function EventView() {
  const { eventId = '' } = useParams();
  const text = useText();
  const event = eventById(eventId);
  if (!event) {
    return (
      <MissingItem
        kind="event"
        requestedId={eventId}
        suggestions={eventsLike(eventId, text.languageTag).map((e) => ({
          label: e.title,
          to: paths.event(e.id),
        }))}
        back={{ label: text.words.timeline.event.missingBack, to: paths.timeline() }}
      />
    );
  }
  return <EventDetail event={event} />;
}

function EventDetail({ event }: { event: StoryEvent }) {
  const text = useText();
  const words = text.words.timeline.event;
  const { previous, next } = eventNeighbours(event.id);
  useArrowKeyNavigation(previous && paths.event(previous.id), next && paths.event(next.id));
  const made = commitmentsMadeAt(event.id);
  const moved = commitmentsMovedBy(event.id);
  const markTerms = glossaryMarker();
  const themeLinks = event.themes.map((theme) => (
    <Link key={theme} to={paths.timeline(theme)}>
      {themeLabel(theme)}
    </Link>
  ));

  return (
    <article className="page">
      <p className={styles.trail}>
        <Link to={paths.timeline()}>{words.timelineLink}</Link> · {eraTitle(event.era)}
      </p>
      <time className={styles.date} dateTime={machineDate(event.date)}>
        {text.date(event.date)}
      </time>
      <h1 tabIndex={-1}>{event.title}</h1>
      <ChangedMarker item={{ kind: 'event', id: event.id }} />
      <p className="lede">
        <TextWithTerms parts={markTerms(event.summary)} />
      </p>
      <PeopleLinks personIds={event.people} />
      <h2>{words.whyItMatters}</h2>
      <p>
        <TextWithTerms parts={markTerms(event.significance)} />
      </p>
      <CitationList citations={event.citations} />
      <CorrectionNotes item={{ kind: 'event', id: event.id }} />
      {event.place && <JourneyMap eventId={event.id} />}

      {made.length > 0 && (
        <CommitmentLinks id="made-here" title={words.madeHere} commitments={made} />
      )}
      {moved.length > 0 && (
        <CommitmentLinks id="moved-here" title={words.movedHere} commitments={moved} />
      )}

      <p className={styles.themes}>
        <Fill
          template={words.themes}
          values={{ themes: <LinkList links={themeLinks} type="unit" /> }}
        />
      </p>

      <nav aria-label={words.pagerLabel} className={styles.pager} data-print="hide">
        {previous ? (
          <Link to={paths.event(previous.id)} rel="prev" className={styles.pagerLink}>
            <span aria-hidden="true">← {previous.title}</span>
            <span className="visually-hidden">
              <Fill template={words.previous} values={{ title: previous.title }} />
            </span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            to={paths.event(next.id)}
            rel="next"
            className={`${styles.pagerLink} ${styles.next}`}
          >
            <span aria-hidden="true">{next.title} →</span>
            <span className="visually-hidden">
              <Fill template={words.next} values={{ title: next.title }} />
            </span>
          </Link>
        )}
      </nav>
      <p className={styles.hint} data-print="hide">
        {words.keysHint}
      </p>
    </article>
  );
}
