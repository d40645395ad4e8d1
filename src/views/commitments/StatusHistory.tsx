import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import { statusById } from '../../content/commitmentSelectors';
import { eventById } from '../../content/eventSelectors';
import type { Commitment } from '../../content/types';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './StatusHistory.module.css';

/** Every step a commitment took, oldest first, on demand: like a promise tracker's history. */
export function StatusHistory({ commitment }: { commitment: Commitment }) {
  const text = useText();
  const words = text.words.commitments.history;
  return (
    <details className={styles.history}>
      <summary>
        <span>
          <Fill
            template={words.summary}
            values={{
              what: (
                <span className="visually-hidden">
                  <Fill template={words.what} values={{ title: commitment.title }} />
                </span>
              ),
              steps: text.count(words.steps, commitment.history.length),
            }}
          />
        </span>
      </summary>
      <ol className={styles.steps}>
        {commitment.history.map((step, index) => {
          const event = step.event ? eventById(step.event) : undefined;
          const isSameStatus = commitment.history[index - 1]?.status === step.status;
          return (
            <li key={`${step.date}-${step.status}-${step.what}`} className={styles.step}>
              <p className={styles.when}>
                <time dateTime={step.date}>{text.date({ precision: 'day', day: step.date })}</time>{' '}
                ·{' '}
                <span data-status={step.status}>
                  {isSameStatus ? words.still[step.status] : statusById(step.status).label}
                </span>
              </p>
              <p>
                {event ? (
                  <Fill
                    template={words.stepWithEvent}
                    values={{
                      what: step.what,
                      event: <Link to={paths.event(event.id)}>{event.title}</Link>,
                    }}
                  />
                ) : (
                  step.what
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
