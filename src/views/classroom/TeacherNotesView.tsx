import { Link } from 'react-router';
import { AssessedOn } from '../../components/AssessedOn';
import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import { StatusChart } from '../../components/StatusChart';
import {
  coverageQuestions,
  coverNotes,
  sayingTheNames,
  standardsServed,
  teachingWithCare,
} from '../../content/lesson';
import { allCommitments, currentStatus, statusById } from '../../content/commitmentSelectors';
import { quizAnswerKey } from '../../content/quizSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './Lesson.module.css';
import { LessonPlan } from './LessonPlan';
import { ModelAnsweredList, PrimaryTextReading } from './PrimaryTextReading';
import { SortingAnswerKey } from './SortingActivity';

/**
 * The teacher's printable notes: the plan, every model answer, the quiz's key, how to teach the
 * history with care, how to say the names, and what a cover teacher needs.
 */
export function TeacherNotesView() {
  const text = useText();
  const words = text.words.classroom.teacherNotes;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{text.words.pages.teacherNotes.title}</h1>
      <p data-print="hide">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print}
        </button>
      </p>

      <section aria-labelledby="cover">
        <h2 id="cover">{words.coverHeading}</h2>
        <ul>
          {coverNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>

      <LessonPlan />

      <section aria-labelledby="care">
        <h2 id="care">{words.careHeading}</h2>
        <ul>
          {teachingWithCare.map((fact) => (
            <li key={fact.text}>
              {fact.text}{' '}
              {fact.citations.length > 0 && <CitationList citations={fact.citations} as="span" />}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="names">
        <h2 id="names">{words.namesHeading}</h2>
        <dl className={styles.who}>
          {sayingTheNames.map((entry) => (
            <div key={entry.name} className={styles.nameRow}>
              <dt>{entry.name}</dt>
              <dd>{entry.sayIt}</dd>
            </div>
          ))}
        </dl>
      </section>

      <PrimaryTextReading withAnswers />

      <section aria-labelledby="coverage-answers">
        <h2 id="coverage-answers">{words.coverageAnswers}</h2>
        <ModelAnsweredList questions={coverageQuestions} withAnswers />
      </section>

      <SortingAnswerKey />

      <section aria-labelledby="worksheet-key">
        <h2 id="worksheet-key">{words.worksheetKey}</h2>
        <StatusChart />
        <ol className={styles.questions}>
          {allCommitments().map((commitment) => (
            <li key={commitment.id}>
              <strong>{commitment.title}</strong>
              <p className={styles.answer}>
                <AssessedOn
                  template={words.rating}
                  assessed={commitment.assessed}
                  values={{
                    status: statusById(currentStatus(commitment)).label,
                    evidence: commitment.evidence,
                  }}
                />
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="quiz-key">
        <h2 id="quiz-key">{words.quizKey}</h2>
        <ol className={styles.questions}>
          {quizAnswerKey(text).map((entry) => (
            <li key={entry.id}>
              {entry.prompt}
              <p className={styles.answer}>
                <Fill
                  template={words.quizAnswer}
                  values={{ answer: entry.answer, why: entry.why }}
                />{' '}
                <Link to={paths.item(entry.about)}>{text.words.classroom.quiz.readMore}</Link>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="standards">
        <h2 id="standards">{words.standardsHeading}</h2>
        <p>{words.standardsIntro}</p>
        <ul>
          {standardsServed.map((fact) => (
            <li key={fact.text}>
              {fact.text} <CitationList citations={fact.citations} as="span" />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
