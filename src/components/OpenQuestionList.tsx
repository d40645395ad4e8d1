import { Link } from 'react-router';
import { refLabel } from '../content/refSelectors';
import type { OpenQuestion } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { AssessedOn } from './AssessedOn';
import { CitationList } from './CitationList';
import { CorrectionNotes } from './CorrectionNotes';
import { LinkList } from './LinkList';
import styles from './OpenQuestionList.module.css';

/** What the summit left open: where each question stands, on the day assessed, and what to watch. */
export function OpenQuestionList({ questions }: { questions: readonly OpenQuestion[] }) {
  const text = useText();
  const words = text.words.common.openQuestions;
  return (
    <ul className={styles.questions}>
      {questions.map((question) => (
        <li key={question.id} id={question.id}>
          <h3>{question.title}</h3>
          <p>
            <span className={styles.label}>
              <AssessedOn template={words.assessed} assessed={question.assessed} />
            </span>{' '}
            {question.summary}
          </p>
          <p>
            <span className={styles.label}>{words.watchFor}</span> {question.watchFor}
          </p>
          {question.related.length > 0 && (
            <p className={styles.related}>
              <span className={styles.label}>{words.related}</span>{' '}
              <LinkList
                links={question.related.map((ref) => (
                  <Link key={`${ref.kind}-${ref.id}`} to={paths.item(ref)}>
                    {refLabel(ref, text)}
                  </Link>
                ))}
              />
            </p>
          )}
          <CitationList citations={question.citations} />
          <CorrectionNotes item={{ kind: 'open-question', id: question.id }} />
        </li>
      ))}
    </ul>
  );
}
