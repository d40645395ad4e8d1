import { Link } from 'react-router';
import { AssessedOn } from '../../components/AssessedOn';
import { ChangedMarker } from '../../components/ChangedMarker';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { Fill } from '../../components/Fill';
import { LinkList } from '../../components/LinkList';
import { TextWithTerms } from '../../components/TextWithTerms';
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
import { useText } from '../../hooks/useText';
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

/** One slot per element, `{0}`, `{1}`…, for a template that lists them. */
/** One commitment: the tick box, what was promised, where it stands and why. */
export function CommitmentItem({
  commitment,
  summary,
  evidence,
  isTicked,
  onToggle,
}: CommitmentItemProps) {
  const text = useText();
  const words = text.words.commitments.item;
  const status = statusById(currentStatus(commitment));
  const since = statusSince(commitment);
  const madeAt = eventById(commitment.madeAt);
  const moverLinks = commitmentMovers(commitment).map((event) => (
    <Link key={event.id} to={paths.event(event.id)}>
      {event.title}
    </Link>
  ));
  const committedByLinks = commitment.committedBy
    .flatMap((id) => personById(id) ?? [])
    .map((person) => (
      <Link key={person.id} to={paths.leader(person.id)}>
        {person.name}
      </Link>
    ));
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
            {words.tick}
            <span className="visually-hidden">
              <Fill template={words.tickWhat} values={{ title: commitment.title }} />
            </span>
          </span>
        </label>
        <p>
          <TextWithTerms parts={summary} />
        </p>
        <dl className={styles.facts}>
          <div>
            <dt>{words.area}</dt>
            <dd>
              <Link to={paths.commitments({ area: commitment.area })}>
                {areaLabel(commitment.area)}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{words.committedBy}</dt>
            <dd>
              <LinkList links={committedByLinks} />
            </dd>
          </div>
          {madeAt && (
            <div>
              <dt>{words.madeAt}</dt>
              <dd>
                <Fill
                  template={words.madeAtEvent}
                  values={{
                    event: <Link to={paths.event(madeAt.id)}>{madeAt.title}</Link>,
                    date: text.date(madeAt.date),
                  }}
                />
              </dd>
            </div>
          )}
          {moverLinks.length > 0 && (
            <div>
              <dt>{words.movedBy}</dt>
              <dd>
                <LinkList links={moverLinks} separator={words.movedBySeparator} />
              </dd>
            </div>
          )}
          <div>
            <dt>
              <AssessedOn template={words.assessed} assessed={commitment.assessed} />
            </dt>
            <dd>
              <strong>
                <Fill
                  template={since ? words.statusSince : words.status}
                  values={{
                    status: status.label,
                    date: since && (
                      <time dateTime={since}>{text.date({ precision: 'day', day: since })}</time>
                    ),
                  }}
                />
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
