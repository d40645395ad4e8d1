import { useId } from 'react';
import { Link } from 'react-router';
import { commitmentById, statusById } from '../content/commitmentSelectors';
import { statusChart } from '../content/pictures/statusChart';
import type { IsoDay, StatusId } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import { Picture } from './Picture';
import styles from './StatusChart.module.css';

const dayValue = (day: IsoDay) => ({ precision: 'day', day }) as const;

/**
 * The checklist in one picture: a bar of how many commitments stand at each status now, each
 * part a link that filters the list, and the same counts as stacked steps since the summit. Each
 * status has a pattern and a shape as well as its word, so it reads without colour and in print.
 */
export function StatusChart({ selected }: { selected?: StatusId }) {
  const text = useText();
  const words = text.words.pictures.statusChart;
  const id = useId();
  const fillOf = (status: StatusId) => `url(#${id}-${status})`;
  const { bar, key, history, width, height } = statusChart;
  return (
    <Picture
      title={words.title}
      description={text.count(words.description, statusChart.total, {
        start: text.date(dayValue(history.start)),
        end: text.date(dayValue(history.end)),
      })}
      alternative={<StatusChartData />}
    >
      <svg viewBox={`0 0 ${width} ${height}`} className={styles.chart}>
        <defs>
          <StatusPatterns id={id} />
        </defs>
        <text x={0} y={statusChart.nowLabelY} className={styles.heading}>
          {words.now}
        </text>
        {bar.segments.map((segment) => {
          const line = key.find((row) => row.status === segment.status);
          const middle = bar.y + bar.height / 2;
          return (
            <Link
              key={segment.status}
              to={paths.commitments({ status: segment.status })}
              className={styles.link}
              aria-current={segment.status === selected ? 'true' : undefined}
              replace
              preventScrollReset
            >
              {segment.width > 0 && (
                <rect
                  className={styles.segment}
                  x={segment.x}
                  y={bar.y}
                  width={segment.width}
                  height={bar.height}
                  fill={fillOf(segment.status)}
                />
              )}
              {segment.width >= 20 && (
                <StatusShape status={segment.status} x={segment.x + segment.width / 2} y={middle} />
              )}
              {line && (
                <>
                  <rect
                    className={styles.keyBox}
                    x={0}
                    y={line.y - 13}
                    width={width}
                    height={26}
                    rx={4}
                  />
                  <rect
                    className={styles.segment}
                    x={4}
                    y={line.y - 8}
                    width={16}
                    height={16}
                    fill={fillOf(segment.status)}
                  />
                  <StatusShape status={segment.status} x={34} y={line.y} />
                  <text x={48} y={line.y + 4.5}>
                    <Fill
                      template={text.count(words.segment, segment.count)}
                      values={{ status: statusById(segment.status).label }}
                    />
                  </text>
                </>
              )}
            </Link>
          );
        })}
        <text x={0} y={statusChart.historyLabelY} className={styles.heading}>
          {words.overTime}
        </text>
        <g aria-hidden="true">
          {history.layers.map((layer) => (
            <path
              key={layer.status}
              d={layer.d}
              fill={fillOf(layer.status)}
              className={styles.segment}
            />
          ))}
          {history.points.map((point) => (
            <circle key={point.date} cx={point.x} cy={point.y} r={2.5} className={styles.point} />
          ))}
          {history.counts.map((tick) => (
            <text
              key={tick.count}
              x={history.left - 6}
              y={tick.y + 4.5}
              textAnchor="end"
              className={styles.tick}
            >
              {text.number(tick.count)}
            </text>
          ))}
          {history.ticks.map((tick) => (
            <g key={`${tick.year}-${tick.month}`}>
              <line
                x1={tick.x}
                x2={tick.x}
                y1={history.bottom}
                y2={history.bottom + 5}
                className={styles.axis}
              />
              <text
                x={tick.x}
                y={history.bottom + 20}
                textAnchor={tick.anchor}
                className={styles.tick}
              >
                {text.date({ precision: 'month', year: tick.year, month: tick.month })}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </Picture>
  );
}

/** One pattern per status, for the bar, the key and the steps: dots, stripes, solid, hatching. */
function StatusPatterns({ id }: { id: string }) {
  const tile = { width: 6, height: 6, patternUnits: 'userSpaceOnUse' } as const;
  return (
    <>
      <pattern id={`${id}-pledged`} {...tile}>
        <rect width={6} height={6} className={styles.paper} />
        <circle cx={3} cy={3} r={1.1} className={styles.ink} data-status="pledged" />
      </pattern>
      <pattern id={`${id}-in-progress`} {...tile} patternTransform="rotate(45)">
        <rect width={6} height={6} className={styles.paper} />
        <line x1={1.5} y1={0} x2={1.5} y2={6} className={styles.ink} data-status="in-progress" />
      </pattern>
      <pattern id={`${id}-delivered`} {...tile}>
        <rect width={6} height={6} className={styles.ink} data-status="delivered" />
      </pattern>
      <pattern id={`${id}-stalled`} {...tile} patternTransform="rotate(45)">
        <rect width={6} height={6} className={styles.paper} />
        <path d="M0 0.5H6M0.5 0V6" className={styles.ink} data-status="stalled" />
      </pattern>
    </>
  );
}

/** A status's shape on a light disc: a ring, a triangle, a square or a cross. */
function StatusShape({ status, x, y }: { status: StatusId; x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle r={8.5} className={styles.paper} />
      {status === 'pledged' && <circle r={4.5} className={styles.ring} />}
      {status === 'in-progress' && <path d="M0 -5.5L5.5 4.5H-5.5Z" className={styles.solid} />}
      {status === 'delivered' && (
        <rect x={-4.5} y={-4.5} width={9} height={9} className={styles.solid} />
      )}
      {status === 'stalled' && (
        <path d="M-4.5 -4.5L4.5 4.5M4.5 -4.5L-4.5 4.5" className={styles.ring} />
      )}
    </g>
  );
}

/** The picture's data: the counts now, and every change of status since the summit. */
function StatusChartData() {
  const text = useText();
  const words = text.words.pictures.statusChart;
  return (
    <>
      <table>
        <caption>{words.countsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.status}</th>
            <th scope="col">{words.commitments}</th>
          </tr>
        </thead>
        <tbody>
          {statusChart.key.map((row) => (
            <tr key={row.status}>
              <th scope="row">{statusById(row.status).label}</th>
              <td>{text.number(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {statusChart.moves.length === 0 ? (
        <p>{words.noMoves}</p>
      ) : (
        <table>
          <caption>{words.movesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.date}</th>
              <th scope="col">{words.commitment}</th>
              <th scope="col">{words.newStatus}</th>
            </tr>
          </thead>
          <tbody>
            {statusChart.moves.map((move) => (
              <tr key={`${move.date}-${move.commitment}`}>
                <td>
                  <time dateTime={move.date}>{text.date(dayValue(move.date))}</time>
                </td>
                <td>
                  <Link to={paths.commitment(move.commitment)}>
                    {commitmentById(move.commitment)?.title ?? move.commitment}
                  </Link>
                </td>
                <td>{statusById(move.status).label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
