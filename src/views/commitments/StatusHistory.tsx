import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { formatDate } from '../../content/dates';
import { statusById } from '../../content/commitmentSelectors';
import { eventById } from '../../content/eventSelectors';
import type { Commitment } from '../../content/types';
import { paths } from '../../paths';
import styles from './StatusHistory.module.css';

/** Every step a commitment took, oldest first, on demand: like a promise tracker's history. */
export function StatusHistory({ commitment }: { commitment: Commitment }) {
  return (
    <details className={styles.history}>
      <summary>
        <span>
          History <span className="visually-hidden">of “{commitment.title}”</span> (
          {commitment.history.length} {commitment.history.length === 1 ? 'step' : 'steps'})
        </span>
      </summary>
      <ol className={styles.steps}>
        {commitment.history.map((step, index) => {
          const event = step.event ? eventById(step.event) : undefined;
          const label = statusById(step.status).label;
          const isSameStatus = commitment.history[index - 1]?.status === step.status;
          return (
            <li key={`${step.date}-${step.status}-${step.what}`} className={styles.step}>
              <p className={styles.when}>
                <time dateTime={step.date}>{formatDate({ precision: 'day', day: step.date })}</time>{' '}
                ·{' '}
                <span data-status={step.status}>
                  {isSameStatus ? `Still ${label.toLowerCase()}` : label}
                </span>
              </p>
              <p>
                {step.what}
                {event && (
                  <>
                    {' '}
                    On the timeline: <Link to={paths.event(event.id)}>{event.title}</Link>.
                  </>
                )}
              </p>
              <CitationList citations={step.citations} />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
