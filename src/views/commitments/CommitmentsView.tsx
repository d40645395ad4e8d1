import { Link, useSearchParams } from 'react-router';
import { FilterLinks } from '../../components/FilterLinks';
import { ChangesSinceLastVisit } from '../../components/ChangesSinceLastVisit';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { TextWithTerms } from '../../components/TextWithTerms';
import {
  allAreas,
  allChecklistNotes,
  allCommitments,
  allStatuses,
  commitmentIds,
  filterCommitments,
  parseArea,
  parseStatus,
} from '../../content/commitmentSelectors';
import { glossaryMarker } from '../../content/glossaryText';
import { paths } from '../../paths';
import { ChecklistProgress } from './ChecklistProgress';
import { CommitmentItem } from './CommitmentItem';
import styles from './CommitmentsView.module.css';
import { StorageNotice } from './StorageNotice';
import { useTicks } from './useTicks';

/** The checklist of commitments: where each stands, ticked off by the reader or a class. */
export function CommitmentsView() {
  const [searchParams] = useSearchParams();
  const area = parseArea(searchParams.get('area'));
  const status = parseStatus(searchParams.get('status'));
  const shown = filterCommitments({ area, status });
  const markTerms = glossaryMarker();
  const { ticked, problem, toggle, reset } = useTicks(commitmentIds());

  return (
    <div className="page">
      <h1 tabIndex={-1}>What they promised</h1>
      <p className="lede">
        Every commitment from the Tokyo summit, how far it has come, and the evidence. Tick each one
        off as you read or discuss it.
      </p>
      <ChangesSinceLastVisit />
      <ChecklistProgress done={ticked.size} total={allCommitments().length} onReset={reset} />
      {problem && <StorageNotice problem={problem} />}

      <details className={styles.scale}>
        <summary>How we rate progress</summary>
        <dl>
          {allStatuses().map((s) => (
            <div key={s.id}>
              <dt>{s.label}</dt>
              <dd>{s.meaning}</dd>
            </div>
          ))}
        </dl>
      </details>

      <FilterLinks
        label="Area"
        allLabel="All areas"
        options={allAreas()}
        selected={area}
        hrefFor={(id) => paths.commitments({ area: id, status })}
      />
      <FilterLinks
        label="Status"
        allLabel="Any status"
        options={allStatuses()}
        selected={status}
        hrefFor={(id) => paths.commitments({ area, status: id })}
      />
      <p role="status" className={styles.count}>
        Showing {shown.length} of {allCommitments().length} commitments
      </p>

      {shown.length === 0 ? (
        <p>
          Nothing matches both filters. <Link to={paths.commitments()}>Show every commitment</Link>
        </p>
      ) : (
        <ul className={styles.list} aria-label="Commitments">
          {shown.map((commitment) => (
            <CommitmentItem
              key={commitment.id}
              commitment={commitment}
              summary={markTerms(commitment.summary)}
              evidence={markTerms(commitment.evidence)}
              isTicked={ticked.has(commitment.id)}
              onToggle={() => toggle(commitment.id)}
            />
          ))}
        </ul>
      )}

      <section aria-labelledby="not-promises" className={styles.notes}>
        <h2 id="not-promises">Not on the list</h2>
        <p>Some things reported around the summit were context, not promises.</p>
        {allChecklistNotes().map((note) => (
          <article key={note.id} id={note.id} aria-labelledby={`${note.id}-title`}>
            <h3 id={`${note.id}-title`}>{note.title}</h3>
            <p>
              <TextWithTerms parts={markTerms(note.text)} />
            </p>
            <CitationList citations={note.citations} />
            <CorrectionNotes item={{ kind: 'checklist-note', id: note.id }} />
          </article>
        ))}
      </section>
    </div>
  );
}
