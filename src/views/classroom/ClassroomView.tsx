import { Link, useNavigate } from 'react-router';
import { allDiscussionQuestions, allGlossaryTerms } from '../../content/classroomSelectors';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { Fill } from '../../components/Fill';
import { QrCode } from '../../components/QrCode';
import { studentQr } from '../../content/pictures/studentQr';
import { refLabel } from '../../content/refSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { keyGuide } from '../../content/keyGuide';
import styles from './ClassroomView.module.css';
import { CoverageComparison } from './CoverageComparison';
import { LessonPlan } from './LessonPlan';
import { PrimaryTextReading } from './PrimaryTextReading';
import { Quiz } from './Quiz';

/** A lesson that runs itself: objectives, a deck, questions to discuss, a glossary, a quiz, a handout. */
export function ClassroomView() {
  const navigate = useNavigate();
  const text = useText();
  const { lesson, page, onPhones } = text.words.classroom;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{page.heading}</h1>
      <p className="lede">{page.lede}</p>
      <div className={styles.actions} data-print="hide">
        <Link to={paths.present()} className="button">
          {page.present}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => navigate(paths.handout(), { state: { print: true } })}
        >
          {page.printHandout}
        </button>
        <Link to={paths.teacherNotes()} className="button">
          {text.words.classroom.teacherNotes.link}
        </Link>
      </div>

      <section aria-labelledby="presenting" data-print="hide">
        <h2 id="presenting">{page.presentingHeading}</h2>
        <p>{page.presenting}</p>
        <dl className={styles.keys}>
          {keyGuide(text).map(({ command, keys, does }) => (
            <div key={command}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="on-phones" className={styles.onPhones}>
        <h2 id="on-phones">{onPhones.heading}</h2>
        <p>{onPhones.text}</p>
        <QrCode
          code={studentQr}
          label={text.fill(onPhones.qrLabel, { address: studentQr.address })}
        />
        <p>
          <Link to={paths.student()}>{onPhones.open}</Link>
        </p>
      </section>

      <LessonPlan />

      <PrimaryTextReading />

      <CoverageComparison />

      <section aria-labelledby="discuss">
        <h2 id="discuss">{lesson.discuss}</h2>
        <ol className={styles.questions}>
          {allDiscussionQuestions().map((q) => (
            <li key={q.id}>
              {q.question}{' '}
              <Link to={paths.item(q.about)} className={styles.about}>
                <Fill template={page.about} values={{ item: refLabel(q.about, text) }} />
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="glossary">
        <h2 id="glossary">{lesson.glossary}</h2>
        <dl className={styles.glossary}>
          {allGlossaryTerms(text).map((term) => (
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
        <h2 id="quiz">{page.quizHeading}</h2>
        <Quiz />
      </section>
    </div>
  );
}
