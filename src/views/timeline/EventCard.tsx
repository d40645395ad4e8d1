import { m, useReducedMotion } from 'framer-motion';
import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { formatDate, machineDate } from '../../content/dates';
import type { StoryEvent } from '../../content/types';
import { paths } from '../../paths';
import styles from './EventCard.module.css';
import { PeopleLinks } from './PeopleLinks';

/** One event on the timeline: when, what, who, and the sources. */
export function EventCard({ event }: { event: StoryEvent }) {
  const isStill = useReducedMotion() === true;
  return (
    <m.li
      className={styles.card}
      initial={isStill ? false : { opacity: 0, x: -12 }}
      whileInView={{ opacity: 1, x: 0 }}
      viewport={{ once: true, margin: '0px 0px -10% 0px' }}
      transition={{ duration: 0.35, ease: 'easeOut' }}
    >
      <article aria-labelledby={`${event.id}-title`}>
        <time className={styles.date} dateTime={machineDate(event.date)}>
          {formatDate(event.date)}
        </time>
        <h3 id={`${event.id}-title`} className={styles.title}>
          <Link to={paths.event(event.id)}>{event.title}</Link>
        </h3>
        <p>{event.summary}</p>
        <PeopleLinks personIds={event.people} />
        <CitationList citations={event.citations} />
      </article>
    </m.li>
  );
}
