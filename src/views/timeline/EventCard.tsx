import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ChangedMarker } from '../../components/ChangedMarker';
import { CitationList } from '../../components/CitationList';
import { TextWithTerms } from '../../components/TextWithTerms';
import { machineDate } from '../../content/dates';
import type { TextPart } from '../../content/glossaryText';
import type { StoryEvent } from '../../content/types';
import { useShouldAnimate } from '../../components/useShouldAnimate';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './EventCard.module.css';
import { PeopleLinks } from './PeopleLinks';

/** One event on the timeline: when, what, who, and the sources. */
export function EventCard({ event, summary }: { event: StoryEvent; summary: TextPart[] }) {
  const text = useText();
  return (
    <RevealOnScroll className={styles.card}>
      <article aria-labelledby={`${event.id}-title`}>
        <time className={styles.date} dateTime={machineDate(event.date)}>
          {text.date(event.date)}
        </time>
        <h3 id={`${event.id}-title`} className={styles.title}>
          <Link to={paths.event(event.id)}>{event.title}</Link>
        </h3>
        <ChangedMarker item={{ kind: 'event', id: event.id }} />
        <p>
          <TextWithTerms parts={summary} />
        </p>
        <PeopleLinks personIds={event.people} />
        <CitationList citations={event.citations} />
      </article>
    </RevealOnScroll>
  );
}

/** A list item that slides in as it scrolls into view, when animation is wanted at all. */
function RevealOnScroll({ className, children }: { className?: string; children: ReactNode }) {
  const motion = useShouldAnimate();
  if (motion) return <motion.RevealItem className={className}>{children}</motion.RevealItem>;
  return <li className={className}>{children}</li>;
}
