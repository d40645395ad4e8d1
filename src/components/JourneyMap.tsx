import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { eventById } from '../content/eventSelectors';
import { journeyMap } from '../content/pictures/journeyMap';
import { isOnSummitTrip, placeById, summitTripStart } from '../content/placeSelectors';
import type { EventId } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { CitationList } from './CitationList';
import { Fill } from './Fill';
import { Picture } from './Picture';
import styles from './JourneyMap.module.css';

/** Where the layout put a label, and an event's dot. */
type LabelSpot = (typeof journeyMap.spots)[number]['label'];
type Mark = (typeof journeyMap.spots)[number]['marks'][number];

/** How far, in ems, a label's first line sits from its spot, by where the label sits. */
const firstLine = { above: -0.3, middle: 0.35, below: 0.95 } as const;

/** A label of one or more lines beside the point it names, as the layout placed it. */
function MapLabel({ spot, lines }: { spot: LabelSpot; lines: ReactNode[] }) {
  const shift =
    spot.baseline === 'above'
      ? (lines.length - 1) * 1.2
      : spot.baseline === 'middle'
        ? (lines.length - 1) * 0.6
        : 0;
  return (
    <text
      x={spot.x}
      y={spot.y}
      textAnchor={spot.anchor}
      className={styles.label}
      aria-hidden="true"
    >
      {lines.map((line, index) => (
        <tspan
          key={index}
          x={spot.x}
          dy={`${index === 0 ? firstLine[spot.baseline] - shift : 1.2}em`}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The map of Northeast Asia: a dot per event at the place it happened, each a link to its page,
 * and on the home page (or a stop of the trip) the president's trip of August 2025 as dated
 * arrows, the last leaving the frame for Washington. Drawn at build time (src/content/pictures).
 */
export function JourneyMap({ eventId }: { eventId?: EventId }) {
  const text = useText();
  const words = text.words.pictures.journeyMap;
  const arrowId = useId();
  const showsTrip = eventId === undefined || isOnSummitTrip(eventId);
  const legs = showsTrip ? journeyMap.legs : [];
  const nameOf = (id: string) => placeById(id)?.name ?? id;
  const dateOf = (id: string) => {
    const event = eventById(id);
    return event ? text.date(event.date) : '';
  };
  const here = eventId && eventById(eventId)?.place;
  const first = legs[0];
  const last = legs.at(-1);
  const title =
    first && last
      ? text.fill(words.tripTitle, { first: nameOf(first.to), next: nameOf(last.to) })
      : words.placeTitle;
  const description =
    showsTrip || !here ? (
      words.tripDescription
    ) : (
      <Fill template={words.placeDescription} values={{ place: nameOf(here) }} />
    );

  return (
    <Picture
      title={title}
      description={description}
      alternative={<JourneyList legs={legs} current={eventId} />}
      skipLinks={{
        id: 'journey-map-data',
        count: journeyMap.spots.reduce((sum, spot) => sum + spot.marks.length, 0),
      }}
    >
      <div className={styles.frame}>
        <svg viewBox={`0 0 ${journeyMap.width} ${journeyMap.height}`} className={styles.map}>
          <defs>
            <marker
              id={arrowId}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="12"
              markerHeight="12"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,0L10,5L0,10z" className={styles.arrowHead} />
            </marker>
          </defs>
          <rect width={journeyMap.width} height={journeyMap.height} className={styles.sea} />
          <path d={journeyMap.land} className={styles.land} />
          <path d={journeyMap.borders} className={styles.border} />
          {legs.map((leg) => (
            <path key={leg.event} d={leg.d} className={styles.leg} markerEnd={`url(#${arrowId})`} />
          ))}
          {legs.map(
            (leg) =>
              leg.label && (
                <MapLabel key={leg.event} spot={leg.label} lines={[dateOf(leg.event)]} />
              ),
          )}
          {journeyMap.spots.map((spot) => (
            <g key={spot.id}>
              {spot.marks.map((mark) => (
                <EventDot key={mark.event} mark={mark} isCurrent={mark.event === eventId} />
              ))}
              <MapLabel
                spot={spot.label}
                lines={
                  spot.isOffMap
                    ? [
                        <Fill
                          key="place"
                          template={words.beyond}
                          values={{ place: nameOf(spot.id) }}
                        />,
                        ...spot.marks.slice(0, 1).map((mark) => dateOf(mark.event)),
                      ]
                    : [nameOf(spot.id)]
                }
              />
            </g>
          ))}
        </svg>
      </div>
    </Picture>
  );
}

/** An event's dot: a link to its page, named by its title and date; ringed on its own page. */
function EventDot({ mark, isCurrent }: { mark: Mark; isCurrent: boolean }) {
  const text = useText();
  const id = useId();
  const event = eventById(mark.event);
  const r = journeyMap.markRadius;
  return (
    <Link
      to={paths.event(mark.event)}
      aria-current={isCurrent ? 'page' : undefined}
      aria-labelledby={`${id}-title ${id}-date`}
      className={styles.dot}
    >
      {/* The title is also the dot's tooltip. */}
      <title id={`${id}-title`}>{event?.title}</title>
      <desc id={`${id}-date`}>{event && text.date(event.date)}</desc>
      {isCurrent && <circle cx={mark.x} cy={mark.y} r={r + 5} className={styles.ring} />}
      <circle cx={mark.x} cy={mark.y} r={r} className={isCurrent ? styles.current : styles.mark} />
    </Link>
  );
}

/** The map as lists: the trip's legs, then each place with its events, every event a link. */
function JourneyList({ legs, current }: { legs: typeof journeyMap.legs; current?: EventId }) {
  const text = useText();
  const words = text.words.pictures.journeyMap;
  const eventLink = (id: EventId) => (
    <Link to={paths.event(id)} aria-current={id === current ? 'page' : undefined}>
      {eventById(id)?.title}
    </Link>
  );
  const date = (id: EventId) => {
    const event = eventById(id);
    return event && text.date(event.date);
  };
  return (
    <>
      {legs.length > 0 && (
        <>
          <p className={styles.listHeading}>{words.tripHeading}</p>
          <ol>
            {legs.map((leg) => (
              <li key={leg.event}>
                <Fill
                  template={words.leg}
                  values={{
                    from: placeById(leg.from)?.name,
                    to: placeById(leg.to)?.name,
                    event: eventLink(leg.event),
                    date: date(leg.event),
                  }}
                />
              </li>
            ))}
          </ol>
          <CitationList citations={summitTripStart().citations} />
        </>
      )}
      <p className={styles.listHeading}>{words.placesHeading}</p>
      <ul>
        {journeyMap.spots.map((spot) => (
          <li key={spot.id}>
            {placeById(spot.id)?.name}
            <ul>
              {spot.marks.map((mark) => (
                <li key={mark.event}>
                  <Fill
                    template={words.event}
                    values={{ event: eventLink(mark.event), date: date(mark.event) }}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
