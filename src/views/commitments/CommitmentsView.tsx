import { Link, useSearchParams } from 'react-router';
import { FilterLinks } from '../../components/FilterLinks';
import { ChangesSinceLastVisit } from '../../components/ChangesSinceLastVisit';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { Fill } from '../../components/Fill';
import { StatusChart } from '../../components/StatusChart';
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
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { ChecklistProgress } from './ChecklistProgress';
import { CommitmentItem } from './CommitmentItem';
import styles from './CommitmentsView.module.css';
import { StorageNotice } from './StorageNotice';
import { useTicks } from './useTicks';

/** The checklist of commitments: where each stands, ticked off by the reader or a class. */
export function CommitmentsView() {
  const [searchParams] = useSearchParams();
  const text = useText();
  const words = text.words.commitments;
  const area = parseArea(searchParams.get('area'));
  const status = parseStatus(searchParams.get('status'));
  const shown = filterCommitments({ area, status });
  const markTerms = glossaryMarker();
  const { ticked, problem, toggle, reset } = useTicks(commitmentIds());

  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p className="lede">{words.lede}</p>
      <StatusChart selected={status} />
      <ChangesSinceLastVisit />
      <ChecklistProgress done={ticked.size} total={allCommitments().length} onReset={reset} />
      {problem && <StorageNotice problem={problem} />}

      <details className={styles.scale}>
        <summary>{words.scaleSummary}</summary>
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
        {...words.areaFilter}
        options={allAreas()}
        selected={area}
        hrefFor={(id) => paths.commitments({ area: id, status })}
      />
      <FilterLinks
        {...words.statusFilter}
        options={allStatuses()}
        selected={status}
        hrefFor={(id) => paths.commitments({ area, status: id })}
      />
      <p role="status" className={styles.count}>
        {text.count(words.showing, allCommitments().length, { shown: text.number(shown.length) })}
      </p>

      {shown.length === 0 ? (
        <p>
          <Fill
            template={words.noMatch}
            values={{ link: <Link to={paths.commitments()}>{words.showAll}</Link> }}
          />
        </p>
      ) : (
        <ul className={styles.list} aria-label={words.listLabel}>
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
        <h2 id="not-promises">{words.notOnList.heading}</h2>
        <p>{words.notOnList.lede}</p>
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
