import { Link } from 'react-router';
import { eventsByEra } from '../content/eventSelectors';
import type { ThemeId } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import { TimelineMarkName } from './TimelineMarkName';
import styles from './TimelineStrip.module.css';

/**
 * The data of the timeline at a glance: each era with how many events it holds (and, with a theme
 * picked, how many of them touch it), and a link to each event, named as its dot is.
 */
export function TimelineStripData({
  theme,
  linkTo = paths.event,
  nameId,
}: {
  theme?: ThemeId;
  linkTo?: (eventId: string) => string;
  /** The id each event's name gets, so the picture's dot can be named by it. */
  nameId: (eventId: string) => string;
}) {
  const text = useText();
  const words = text.words.pictures.timelineStrip;
  return (
    <ul className={styles.eras}>
      {eventsByEra().map(({ era, events }) => (
        <li key={era.id}>
          <Fill
            template={
              theme
                ? text.count(words.eraMatching, events.length, {
                    matching: text.number(events.filter((e) => e.themes.includes(theme)).length),
                    theme: text.words.timeline.themesInSentence[theme],
                  })
                : text.count(words.era, events.length)
            }
            values={{ era: era.title }}
          />
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                <Link to={linkTo(event.id)}>
                  <span id={nameId(event.id)}>
                    <TimelineMarkName event={event} theme={theme} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
