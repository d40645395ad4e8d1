import { summitDay } from '../content/eventSelectors';
import { careers } from '../content/pictures/careers';
import { postsOf } from '../content/offices';
import { personById } from '../content/peopleSelectors';
import type { IsoDay, Person } from '../content/types';
import { useText } from '../hooks/useText';
import { CitationList } from './CitationList';
import { Fill } from './Fill';
import { Picture } from './Picture';
import styles from './CareerChart.module.css';

const dayValue = (day: IsoDay) => ({ precision: 'day', day }) as const;

/**
 * The two leaders' lives side by side on one time axis: when each was born, each office as a bar
 * under its title (an arrow if still held), each seat in parliament as an outlined bar, and a line
 * at the summit. The titles sit on lines of their own, so they never overlap however close the
 * dates; the data is a table per leader.
 */
export function CareerChart() {
  const text = useText();
  const words = text.words.pictures.careers;
  const day = summitDay();
  const people = careers.rows.flatMap((row) => personById(row.person) ?? []);
  const { summit, width, height, left, right, axisY } = careers;
  return (
    <Picture
      title={words.title}
      description={
        <Fill
          template={words.description}
          values={{
            leaders: text.list(people.map((person) => person.name)),
            date: <time dateTime={day}>{text.date(dayValue(day))}</time>,
          }}
        />
      }
      alternative={people.map((person) => (
        <CareerTable key={person.id} person={person} />
      ))}
    >
      <svg viewBox={`0 0 ${width} ${height}`} className={styles.chart} aria-hidden="true">
        <line
          x1={summit.x}
          x2={summit.x}
          y1={summit.top}
          y2={summit.bottom}
          className={styles.summit}
        />
        <text
          x={summit.x + (summit.anchor === 'end' ? -4 : 4)}
          y={summit.labelY}
          textAnchor={summit.anchor}
          className={styles.summitLabel}
        >
          {text.fill(words.summit, { date: text.date(dayValue(day)) })}
        </text>
        {careers.rows.map((row) => {
          const person = personById(row.person);
          if (!person) return null;
          const posts = postsOf(person);
          return (
            <g key={row.person}>
              <text x={left} y={row.nameY} className={styles.name}>
                {person.name}
              </text>
              {row.born && person.born && (
                <>
                  <line
                    x1={row.born.x}
                    x2={careers.endX}
                    y1={row.born.y}
                    y2={row.born.y}
                    className={styles.life}
                  />
                  <circle cx={row.born.x} cy={row.born.y} r={4} className={styles.born} />
                  <text x={row.born.x + 9} y={row.born.y + 4.5} className={styles.label}>
                    {text.fill(words.born, { date: text.date(person.born.date) })}
                  </text>
                </>
              )}
              {row.bars.map((bar) => (
                <g key={bar.post}>
                  <text
                    x={bar.labelX}
                    y={bar.labelY}
                    textAnchor={bar.labelAnchor}
                    className={styles.label}
                  >
                    {posts[bar.post]?.post.title}
                  </text>
                  <rect
                    x={bar.x}
                    y={bar.barY}
                    width={bar.width}
                    height={careers.barHeight}
                    className={bar.isSeat ? styles.seat : styles.bar}
                  />
                  {bar.isOpen && (
                    <path
                      d={`M${bar.x + bar.width} ${bar.barY - 3}l6 ${careers.barHeight / 2 + 3}l-6 ${careers.barHeight / 2 + 3}z`}
                      className={bar.isSeat ? styles.seat : styles.bar}
                    />
                  )}
                </g>
              ))}
            </g>
          );
        })}
        <line x1={left} x2={right} y1={axisY} y2={axisY} className={styles.axis} />
        {careers.ticks.map((tick) => (
          <g key={tick.year}>
            <line x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 5} className={styles.axis} />
            <text x={tick.x} y={axisY + 20} textAnchor="middle" className={styles.tick}>
              {text.date({ precision: 'year', year: tick.year })}
            </text>
          </g>
        ))}
      </svg>
    </Picture>
  );
}

/** One leader's birth and offices as a table: what, from, to, and the sources. */
function CareerTable({ person }: { person: Person }) {
  const text = useText();
  const words = text.words.pictures.careers;
  return (
    <table>
      <caption>
        <Fill template={words.caption} values={{ name: person.name }} />
      </caption>
      <thead>
        <tr>
          <th scope="col">{words.what}</th>
          <th scope="col">{words.from}</th>
          <th scope="col">{words.to}</th>
          <th scope="col">{words.sources}</th>
        </tr>
      </thead>
      <tbody>
        {person.born && (
          <tr>
            <th scope="row">{words.bornRow}</th>
            <td colSpan={2}>
              {text.date(person.born.date)}
              {person.born.note && <span className={styles.note}>{person.born.note}</span>}
            </td>
            <td>
              <CitationList citations={person.born.citations} as="span" />
            </td>
          </tr>
        )}
        {postsOf(person).map(({ post: office }) => (
          <tr key={office.title}>
            <th scope="row">{office.title}</th>
            <td>{text.date(office.start)}</td>
            <td>
              {office.end
                ? text.date(office.end)
                : office.confirmedOn
                  ? text.fill(words.stillHeld, { date: text.date(dayValue(office.confirmedOn)) })
                  : words.stillHeldUndated}
            </td>
            <td>
              <CitationList citations={office.citations} as="span" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
