import { useState } from 'react';
import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { quizQuestions } from '../../content/quizSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './Quiz.module.css';

/** A self-check quiz with feedback after each answer, a score, and a retry. Nothing is stored or sent. */
export function Quiz() {
  const text = useText();
  const words = text.words.classroom.quiz;
  const questions = quizQuestions(text);
  const total = text.number(questions.length);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [round, setRound] = useState(1);
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const score = questions.filter((q) => answers[q.id] === q.correctId).length;

  function handleRetry() {
    setAnswers({});
    setRound((n) => n + 1);
  }

  return (
    <div className={styles.quiz}>
      <p>{text.fill(words.intro, { questions: text.count(words.questions, questions.length) })}</p>
      <ol className={styles.questions}>
        {questions.map((question, index) => {
          const chosen = answers[question.id];
          const isAnswered = chosen !== undefined;
          const isRight = chosen === question.correctId;
          const name = `${question.id}-${round}`;
          const number = text.number(index + 1);
          return (
            <li key={name}>
              <fieldset className={styles.question} disabled={isAnswered}>
                <legend>
                  <span className="visually-hidden">
                    {text.fill(words.questionNumber, { number })}
                  </span>{' '}
                  {question.prompt}
                </legend>
                {question.choices.map((choice) => (
                  <label
                    key={choice.id}
                    className={styles.choice}
                    data-state={choiceState(choice.id, chosen, question.correctId)}
                  >
                    <input
                      type="radio"
                      name={name}
                      value={choice.id}
                      checked={chosen === choice.id}
                      onChange={() =>
                        setAnswers((current) => ({ ...current, [question.id]: choice.id }))
                      }
                    />
                    {choice.label}
                    <ChoiceMark state={choiceState(choice.id, chosen, question.correctId)} />
                  </label>
                ))}
              </fieldset>
              {isAnswered && (
                <div
                  className={styles.feedback}
                  role="status"
                  aria-label={text.fill(words.feedbackLabel, { number })}
                  data-right={isRight}
                >
                  <p>
                    <strong>{isRight ? words.right : words.notQuite}</strong> {question.explanation}
                  </p>
                  <p>
                    <Link to={paths.item(question.about)}>{words.readMore}</Link>
                  </p>
                  <CitationList citations={question.citations} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className={styles.score} role="status">
        {answered === questions.length ? (
          <p>
            <strong>{text.fill(words.score, { score: text.number(score), total })}</strong>
          </p>
        ) : (
          <p>{text.fill(words.progress, { answered: text.number(answered), total })}</p>
        )}
      </div>
      <button type="button" className="button" onClick={handleRetry} disabled={answered === 0}>
        {words.retry}
      </button>
    </div>
  );
}

function choiceState(choiceId: string, chosen: string | undefined, correctId: string) {
  if (chosen === undefined) return undefined;
  if (choiceId === correctId) return 'right';
  return choiceId === chosen ? 'wrong' : undefined;
}

function ChoiceMark({ state }: { state: 'right' | 'wrong' | undefined }) {
  const { marks } = useText().words.classroom.quiz;
  if (!state) return null;
  return (
    <span className={styles.mark} data-state={state}>
      {marks[state]}
    </span>
  );
}
