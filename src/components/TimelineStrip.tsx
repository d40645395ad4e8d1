import { useId } from 'react';
import { Link } from 'react-router';
import { eraTitle, eventById, eventsByTheme } from '../content/eventSelectors';
import { timelineStrip } from '../content/pictures/timelineStrip';
import type { EraId, IsoDay, ThemeId } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Picture } from './Picture';
import { TimelineStripData } from './TimelineStripData';
import styles from './TimelineStrip.module.css';

type Strip = (typeof timelineStrip)['strips']['main'];

const round = (n: number) => Math.round(n * 10) / 10;

/** Many dots as one path: a tower of them adds one element to the page, not dozens. */
const dotsPath = (dots: readonly { x: number; y: number; r: number }[]) =>
  dots
    .map(
      ({ x, y, r }) =>
        `M${round(x - r)},${y}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`,
    )
    .join('');

/** Whether an event is drawn solid: every event when no theme is picked. */
const isSolid = (eventId: string, theme?: ThemeId) =>
  !theme || Boolean(eventById(eventId)?.themes.includes(theme));

/** A strip's eras, hatched stretch, axis and ticks: what the marks stand on. */
function StripFrame({ strip, hatch }: { strip: Strip; hatch: string }) {
  const text = useText();
  const dateOf = (label: 'year' | 'day', day: IsoDay) =>
    text.date(
      label === 'year'
        ? { precision: 'year', year: Number(day.slice(0, 4)) }
        : { precision: 'day', day },
    );
  return (
    <g>
      {strip.bands.map((band) => (
        <rect
          key={band.eraId}
          x={band.x}
          y={strip.top}
          width={band.width}
          height={strip.axisY - strip.top}
          className={band.tone ? styles.bandAlt : styles.band}
        />
      ))}
      {strip.beyond && (
        <rect
          x={strip.beyond.x}
          y={strip.top}
          width={strip.beyond.width}
          height={strip.axisY - strip.top}
          fill={`url(#${hatch})`}
          className={styles.beyond}
        />
      )}
      {strip.labels.map(({ eraId, x, y, anchor, leader }) => (
        <g key={eraId}>
          <line
            x1={leader.x}
            x2={leader.x}
            y1={leader.y1}
            y2={leader.y2}
            className={styles.leader}
          />
          <text x={x} y={y} textAnchor={anchor} className={styles.eraLabel}>
            {eraTitle(eraId as EraId)}
          </text>
        </g>
      ))}
      <path
        d={`M${strip.x0},${strip.axisY}H${strip.x1}${strip.ticks.map((t) => `M${t.x},${strip.axisY}v5`).join('')}`}
        className={styles.axis}
      />
      {strip.ticks.map(
        (tick) =>
          tick.label && (
            <text
              key={tick.date}
              x={tick.x}
              y={tick.labelY}
              textAnchor={tick.anchor}
              className={styles.tickLabel}
            >
              {dateOf(tick.label, tick.date)}
            </text>
          ),
      )}
    </g>
  );
}

/**
 * The whole timeline at a glance: every event as a dot on a true time scale, the recent stretch
 * enlarged below, each dot a link to its event. With a theme picked, the other events' dots are
 * hollow, in the picture and its data alike.
 */
export function TimelineStrip({
  theme,
  linkTo = paths.event,
}: {
  theme?: ThemeId;
  /** Where an event's dot leads: its page, or on the deck its slide in the appendix. */
  linkTo?: (eventId: string) => string;
}) {
  const text = useText();
  const words = text.words.pictures.timelineStrip;
  const id = useId();
  const hatch = `${id}hatch`;
  // Each dot is named by its event's line in the picture's data (an SVG title can hold only one
  // string, and the name is the story's title inside the dictionary's words).
  const nameId = (eventId: string) => `${id}name${eventId}`;
  const { width, height, strips, marks, echoes, bracket, coversTo } = timelineStrip;
  const yearOf = (day: IsoDay) => text.date({ precision: 'year', year: Number(day.slice(0, 4)) });

  const description = (
    <>
      {text.count(words.description, marks.length, {
        first: yearOf(strips.main.from),
        end: text.date({ precision: 'day', day: strips.main.to }),
      })}{' '}
      {text.count(words.recent, marks.filter((mark) => mark.strip === 'zoom').length, {
        since: yearOf(strips.zoom.from),
      })}
      {strips.zoom.beyond && (
        <> {text.fill(words.beyond, { date: text.date({ precision: 'day', day: coversTo }) })}</>
      )}
      {theme && (
        <>
          {' '}
          {text.count(words.matching, eventsByTheme(theme).length, {
            theme: text.words.timeline.themesInSentence[theme],
          })}
        </>
      )}
    </>
  );

  return (
    <Picture
      title={words.title}
      description={description}
      alternative={<TimelineStripData theme={theme} linkTo={linkTo} nameId={nameId} />}
      skipLinks={{ id: 'timeline-strip-data', count: marks.length }}
    >
      <svg viewBox={`0 0 ${width} ${height}`} className={styles.strip}>
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatch} />
          </pattern>
        </defs>
        <g aria-hidden="true">
          <StripFrame strip={strips.main} hatch={hatch} />
          <StripFrame strip={strips.zoom} hatch={hatch} />
          <path d={bracket} className={styles.bracket} />
          <path
            d={dotsPath(echoes.filter((echo) => isSolid(echo.eventId, theme)))}
            className={styles.echo}
          />
          <path
            d={dotsPath(echoes.filter((echo) => !isSolid(echo.eventId, theme)))}
            className={styles.hollow}
          />
        </g>
        {marks.map((mark) => {
          const event = eventById(mark.eventId);
          if (!event) return null;
          const isMatching = isSolid(mark.eventId, theme);
          return (
            <Link
              key={mark.eventId}
              to={linkTo(mark.eventId)}
              className={styles.mark}
              aria-labelledby={nameId(mark.eventId)}
            >
              <circle cx={mark.x} cy={mark.y} r={mark.target} className={styles.target} />
              {mark.xEnd !== undefined && (
                <line
                  x1={mark.x}
                  x2={mark.xEnd}
                  y1={mark.y}
                  y2={mark.y}
                  className={isMatching ? styles.span : styles.hollowSpan}
                />
              )}
              <circle
                cx={mark.x}
                cy={mark.y}
                r={mark.r}
                className={isMatching ? styles.dot : styles.hollow}
              />
            </Link>
          );
        })}
      </svg>
    </Picture>
  );
}
