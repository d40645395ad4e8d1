import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import { primaryText } from '../../content/lesson';
import { useText } from '../../hooks/useText';
import styles from './Lesson.module.css';

/**
 * The lesson's primary text: who issued it, four short excerpts, a caution on the translation,
 * and the questions on it, with their model answers for the teacher.
 */
export function PrimaryTextReading({ withAnswers = false }: { withAnswers?: boolean }) {
  const text = useText();
  const words = text.words.classroom.reading;
  return (
    <section aria-labelledby="primary-text" id="primary-text-section">
      <h2 id="primary-text">
        <Fill template={words.heading} values={{ title: primaryText.title }} />
      </h2>
      <p>
        {primaryText.about.text} <CitationList citations={primaryText.about.citations} as="span" />
      </p>
      <ol className={styles.excerpts}>
        {primaryText.excerpts.map((excerpt, index) => (
          <li key={excerpt.id}>
            <p className={styles.excerptLabel}>
              {text.fill(words.excerpt, { number: text.number(index + 1) })}
            </p>
            <blockquote className={styles.excerpt}>{excerpt.words}</blockquote>
            <CitationList citations={excerpt.citations} />
          </li>
        ))}
      </ol>
      <p className={styles.caution}>
        <strong>{words.caution}</strong> {primaryText.caution.text}{' '}
        <CitationList citations={primaryText.caution.citations} as="span" />
      </p>
      <h3>{words.questionsHeading}</h3>
      <ModelAnsweredList questions={primaryText.questions} withAnswers={withAnswers} />
    </section>
  );
}

/** Questions in order, each with its model answer when the reader is the teacher. */
export function ModelAnsweredList({
  questions,
  withAnswers,
}: {
  questions: readonly { id: string; question: string; modelAnswer: string }[];
  withAnswers: boolean;
}) {
  const words = useText().words.classroom.reading;
  return (
    <ol className={styles.questions}>
      {questions.map((q) => (
        <li key={q.id}>
          {q.question}
          {withAnswers && (
            <p className={styles.answer}>
              <strong>{words.modelAnswer}</strong> {q.modelAnswer}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
