import { useSearchParams } from 'react-router';
import { ChangesSinceLastVisit } from '../../components/ChangesSinceLastVisit';
import { FilterLinks } from '../../components/FilterLinks';
import { RecordReachNote } from '../../components/RecordReachNote';
import { TimelineStrip } from '../../components/TimelineStrip';
import { glossaryMarker } from '../../content/glossaryText';
import { allThemes, eventsByEra, parseTheme } from '../../content/eventSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { EventCard } from './EventCard';
import styles from './TimelineView.module.css';

/** Every event in date order, grouped in eras, optionally kept to one theme. */
export function TimelineView() {
  const [searchParams] = useSearchParams();
  const text = useText();
  const words = text.words.timeline;
  const theme = parseTheme(searchParams.get('theme'));
  const groups = eventsByEra(theme);
  const count = groups.reduce((total, group) => total + group.events.length, 0);
  const markTerms = glossaryMarker();

  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p className="lede">{words.lede}</p>
      <RecordReachNote />
      <ChangesSinceLastVisit />
      <TimelineStrip theme={theme} />
      <FilterLinks
        {...words.themeFilter}
        options={allThemes()}
        selected={theme}
        hrefFor={paths.timeline}
      />
      <p role="status" className={styles.count}>
        {theme
          ? text.count(words.themeEvents, count, { theme: words.themesInSentence[theme] })
          : text.count(words.allEvents, count)}
      </p>
      {groups.map(({ era, events }) => (
        <section key={era.id} aria-labelledby={`era-${era.id}`} className={styles.era}>
          <h2 id={`era-${era.id}`}>{era.title}</h2>
          <p className={styles.eraSummary}>{era.summary}</p>
          <ol className={styles.events}>
            {events.map((event) => (
              <EventCard key={event.id} event={event} summary={markTerms(event.summary)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
