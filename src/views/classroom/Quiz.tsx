import { useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import {
  dataOrder,
  quizQuestions,
  shuffledOrder,
  type ResolvedQuizChoice,
  type ResolvedQuizQuestion,
} from '../../content/quizSelectors';
import { refLabel } from '../../content/refSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './Quiz.module.css';

/**
 * A self-check quiz with feedback after each answer, a score, and a retry that shuffles the
 * choices again. Nothing is stored or sent. Before the page runs (the prerendered HTML, or with
 * JavaScript off) the choices keep their data order and each answer waits in a `<details>`.
 */
export function Quiz() {
  const text = useText();
  const words = text.words.classroom.quiz;
  const questions = quizQuestions(text);
  const [attempts] = useState(() => createAttempts(questions));
  const attempt = useSyncExternalStore(attempts.subscribe, attempts.getSnapshot, () => undefined);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const total = text.number(questions.length);
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const score = questions.filter((q) => answers[q.id] === q.correctId).length;
  const count = text.count(words.questions, questions.length);

  function handleRetry() {
    setAnswers({});
    attempts.next();
  }

  return (
    <div className={styles.quiz}>
      <p>
        {text.fill(attempt ? words.intro : words.introStatic, {
          questions: count,
          check: words.showAnswer,
        })}
      </p>
      <ol className={styles.questions}>
        {questions.map((question, index) => {
          const chosen = answers[question.id];
          const order = attempt?.orders[question.id] ?? dataOrder(question);
          const number = text.number(index + 1);
          const name = `${question.id}-${attempt?.number ?? 0}`;
          return (
            <li key={name}>
              <fieldset className={styles.question} disabled={chosen !== undefined}>
                <legend>
                  <span className="visually-hidden">
                    {text.fill(words.questionNumber, { number })}
                  </span>{' '}
                  {question.prompt}
                </legend>
                {order
                  .flatMap((at) => question.choices[at] ?? [])
                  .map((choice) => (
                    <label
                      key={choice.id}
                      className={styles.choice}
                      data-state={choiceState(choice, chosen)}
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
                      <ChoiceMark state={choiceState(choice, chosen)} />
                    </label>
                  ))}
              </fieldset>
              {!attempt && <AnswerDetails question={question} />}
              {chosen !== undefined && (
                <Feedback question={question} chosenId={chosen} number={number} />
              )}
            </li>
          );
        })}
      </ol>
      {attempt && (
        <>
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
        </>
      )}
    </div>
  );
}

/** Why the picked choice is right or wrong, what is right, and where to read more. */
function Feedback({
  question,
  chosenId,
  number,
}: {
  question: ResolvedQuizQuestion;
  chosenId: string;
  number: string;
}) {
  const text = useText();
  const words = text.words.classroom.quiz;
  const picked = question.choices.find((choice) => choice.id === chosenId);
  if (!picked) return null;
  return (
    <div
      className={styles.feedback}
      role="status"
      aria-label={text.fill(words.feedbackLabel, { number })}
      data-right={picked.isAnswer}
    >
      <p>
        <strong>{picked.isAnswer ? words.right : words.notQuite}</strong> {picked.why}
      </p>
      {!picked.isAnswer && <RightAnswer question={question} />}
      <ReadMore question={question} />
    </div>
  );
}

/** Without JavaScript: the answer, and why each other choice is wrong, behind a click. */
function AnswerDetails({ question }: { question: ResolvedQuizQuestion }) {
  const words = useText().words.classroom.quiz;
  return (
    <details className={styles.answer}>
      <summary>{words.showAnswer}</summary>
      <RightAnswer question={question} />
      <ul>
        {question.choices
          .filter((choice) => !choice.isAnswer)
          .map((choice) => (
            <li key={choice.id}>
              <Fill
                template={words.whyNot}
                values={{ choice: <strong>{choice.label}</strong>, why: choice.why }}
              />
            </li>
          ))}
      </ul>
      <ReadMore question={question} />
    </details>
  );
}

function RightAnswer({ question }: { question: ResolvedQuizQuestion }) {
  const words = useText().words.classroom.quiz;
  return (
    <p>
      <Fill
        template={words.rightAnswer}
        values={{ answer: <strong>{question.answer.label}</strong>, why: question.answer.why }}
      />
    </p>
  );
}

function ReadMore({ question }: { question: ResolvedQuizQuestion }) {
  const text = useText();
  return (
    <>
      <p>
        <Link to={paths.item(question.about)}>
          <Fill
            template={text.words.classroom.quiz.readMore}
            values={{ item: refLabel(question.about, text) }}
          />
        </Link>
      </p>
      <CitationList citations={question.citations} />
    </>
  );
}

function choiceState(choice: ResolvedQuizChoice, chosenId: string | undefined) {
  if (chosenId === undefined) return undefined;
  if (choice.isAnswer) return 'right';
  return choice.id === chosenId ? 'wrong' : undefined;
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

/** One attempt at the quiz: its number, and the order each question's choices are shown in. */
interface Attempt {
  number: number;
  orders: Partial<Record<string, readonly number[]>>;
}

/**
 * The attempts of one quiz on the page. The first shuffle happens when the browser first reads
 * it, once hydrated: the prerendered HTML and the render that hydrates it both show the data
 * order (the server snapshot), so they match. Each retry shuffles every question again.
 */
function createAttempts(questions: readonly ResolvedQuizQuestion[]) {
  let current: Attempt | undefined;
  const listeners = new Set<() => void>();
  const shuffle = (previous?: Attempt): Attempt => ({
    number: (previous?.number ?? 0) + 1,
    orders: Object.fromEntries(
      questions.map((q) => [q.id, shuffledOrder(previous?.orders[q.id] ?? dataOrder(q))]),
    ),
  });
  return {
    getSnapshot: () => (current ??= shuffle()),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    next: () => {
      current = shuffle(current);
      for (const listener of listeners) listener();
    },
  };
}
