import { Link, useNavigate } from 'react-router';
import {
  allDiscussionQuestions,
  allGlossaryTerms,
  allObjectives,
} from '../../content/classroomSelectors';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { refLabel } from '../../content/refSelectors';
import { paths } from '../../paths';
import { keyGuide } from '../../content/keyGuide';
import styles from './ClassroomView.module.css';
import { Quiz } from './Quiz';

/** A lesson that runs itself: objectives, a deck, questions to discuss, a glossary, a quiz, a handout. */
export function ClassroomView() {
  const navigate = useNavigate();
  return (
    <div className="page">
      <h1 tabIndex={-1}>In the classroom</h1>
      <p className="lede">
        Everything a teacher needs for one lesson on the Tokyo summit, drawn from the same sourced
        content as the explainer.
      </p>
      <div className={styles.actions} data-print="hide">
        <Link to={paths.present()} className="button">
          Present the lesson
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => navigate(paths.handout(), { state: { print: true } })}
        >
          Print handout
        </button>
      </div>

      <section aria-labelledby="presenting" data-print="hide">
        <h2 id="presenting">Presenting with a clicker</h2>
        <p>
          The deck works offline once this page has been opened. Press S in the deck for your notes
          in a second window on your own screen: it follows the slides, and its buttons move them.
        </p>
        <dl className={styles.keys}>
          {keyGuide.map(({ keys, does }) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="objectives">
        <h2 id="objectives">Learning objectives</h2>
        <p>By the end of the lesson, students can:</p>
        <ul>
          {allObjectives().map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="discuss">
        <h2 id="discuss">Questions to discuss</h2>
        <ol className={styles.questions}>
          {allDiscussionQuestions().map((q) => (
            <li key={q.id}>
              {q.question}{' '}
              <Link to={paths.item(q.about)} className={styles.about}>
                About: {refLabel(q.about)}
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="glossary">
        <h2 id="glossary">Glossary</h2>
        <dl className={styles.glossary}>
          {allGlossaryTerms().map((term) => (
            <div key={term.id} id={`term-${term.id}`}>
              <dt>{term.term}</dt>
              <dd>
                {term.definition}
                <CorrectionNotes item={{ kind: 'term', id: term.id }} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="quiz">
        <h2 id="quiz">Check your understanding</h2>
        <Quiz />
      </section>
    </div>
  );
}
