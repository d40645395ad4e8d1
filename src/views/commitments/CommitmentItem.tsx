import { Link } from 'react-router';
import { ChangedMarker } from '../../components/ChangedMarker';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { TextWithTerms } from '../../components/TextWithTerms';
import { formatDate } from '../../content/dates';
import type { TextPart } from '../../content/glossaryText';
import {
  areaLabel,
  commitmentMovers,
  currentStatus,
  statusById,
  statusSince,
} from '../../content/commitmentSelectors';
import { eventById } from '../../content/eventSelectors';
import { personById } from '../../content/peopleSelectors';
import type { Commitment } from '../../content/types';
import { paths } from '../../paths';
import styles from './CommitmentItem.module.css';
import { StatusHistory } from './StatusHistory';

interface CommitmentItemProps {
  commitment: Commitment;
  /** The summary and the evidence, with their glossary terms marked. */
  summary: TextPart[];
  evidence: TextPart[];
  isTicked: boolean;
  onToggle: () => void;
}

/** One commitment: the tick box, what was promised, where it stands and why. */
export function CommitmentItem({
  commitment,
  summary,
  evidence,
  isTicked,
  onToggle,
}: CommitmentItemProps) {
  const status = statusById(currentStatus(commitment));
  const since = statusSince(commitment);
  const madeAt = eventById(commitment.madeAt);
  const movedBy = commitmentMovers(commitment);
  const committedBy = commitment.committedBy.flatMap((id) => personById(id) ?? []);
  const headingId = `${commitment.id}-title`;
  const item = { kind: 'commitment', id: commitment.id } as const;

  return (
    <li id={commitment.id} className={styles.item} data-ticked={isTicked}>
      <article aria-labelledby={headingId}>
        <div className={styles.top}>
          <h2 id={headingId} className={styles.title}>
            {commitment.title}
          </h2>
          <span className={styles.status} data-status={status.id}>
            {status.label}
          </span>
        </div>
        <ChangedMarker item={item} />
        <label className={styles.tick}>
          <input type="checkbox" checked={isTicked} onChange={onToggle} />
          <span>
            Discussed<span className="visually-hidden">: {commitment.title}</span>
          </span>
        </label>
        <p>
          <TextWithTerms parts={summary} />
        </p>
        <dl className={styles.facts}>
          <div>
            <dt>Area</dt>
            <dd>
              <Link to={paths.commitments({ area: commitment.area })}>
                {areaLabel(commitment.area)}
              </Link>
            </dd>
          </div>
          <div>
            <dt>Who committed</dt>
            <dd>
              {committedBy.map((person, index) => (
                <span key={person.id}>
                  {index > 0 && ' and '}
                  <Link to={paths.leader(person.id)}>{person.name}</Link>
                </span>
              ))}
            </dd>
          </div>
          {madeAt && (
            <div>
              <dt>Made at</dt>
              <dd>
                <Link to={paths.event(madeAt.id)}>{madeAt.title}</Link>, {formatDate(madeAt.date)}
              </dd>
            </div>
          )}
          {movedBy.length > 0 && (
            <div>
              <dt>Moved by</dt>
              <dd>
                {movedBy.map((event, index) => (
                  <span key={event.id}>
                    {index > 0 && '; '}
                    <Link to={paths.event(event.id)}>{event.title}</Link>
                  </span>
                ))}
              </dd>
            </div>
          )}
          <div>
            <dt>
              Status, as assessed on{' '}
              <time dateTime={commitment.assessed}>
                {formatDate({ precision: 'day', day: commitment.assessed })}
              </time>
            </dt>
            <dd>
              <strong>
                {status.label}
                {since && (
                  <>
                    {' '}
                    since{' '}
                    <time dateTime={since}>{formatDate({ precision: 'day', day: since })}</time>
                  </>
                )}
                .
              </strong>{' '}
              <TextWithTerms parts={evidence} />
            </dd>
          </div>
        </dl>
        <CitationList citations={commitment.citations} />
        <CorrectionNotes item={item} />
        <StatusHistory commitment={commitment} />
      </article>
    </li>
  );
}
