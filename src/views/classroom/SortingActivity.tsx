import { useId, useState } from 'react';
import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import { sortingSentences } from '../../content/lesson';
import type { SentenceKind } from '../../content/types';
import { useText } from '../../hooks/useText';
import styles from './Lesson.module.css';

const kinds: readonly SentenceKind[] = ['fact', 'opinion', 'commitment'];

/**
 * Fact, opinion or promise: students sort sentences from both governments and both countries'
 * press, and see at once whether they were right and why. Picks stay on the page only.
 */
export function SortingActivity() {
  const text = useText();
  const words = text.words.classroom.sorting;
  const [picks, setPicks] = useState<Record<string, SentenceKind>>({});
  const name = useId();
  const right = sortingSentences.filter((s) => picks[s.id] === s.kind).length;
  return (
    <section aria-labelledby="sorting" id="sorting-section">
      <h2 id="sorting">{words.heading}</h2>
      <p>{words.intro}</p>
      <ol className={styles.sorting}>
        {sortingSentences.map((sentence) => {
          const pick = picks[sentence.id];
          return (
            <li key={sentence.id}>
              <fieldset className={styles.sentence}>
                <legend>
                  <q>{sentence.words}</q>
                </legend>
                <p className={styles.source}>
                  <Fill template={words.source} values={{ source: sentence.source }} />{' '}
                  <CitationList citations={sentence.citations} as="span" />
                </p>
                <div className={styles.kinds}>
                  {kinds.map((kind) => (
                    <label key={kind} className={styles.kind}>
                      <input
                        type="radio"
                        name={`${name}-${sentence.id}`}
                        checked={pick === kind}
                        onChange={() => setPicks({ ...picks, [sentence.id]: kind })}
                      />{' '}
                      {words.kinds[kind]}
                    </label>
                  ))}
                </div>
                {pick && (
                  <p role="status" className={styles.feedback}>
                    {text.fill(pick === sentence.kind ? words.right : words.wrong, {
                      kind: words.kinds[sentence.kind],
                    })}{' '}
                    {sentence.why}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite">
        {text.fill(words.score, {
          score: text.number(right),
          total: text.number(sortingSentences.length),
        })}
      </p>
    </section>
  );
}

/** The answers of the sorting activity, for the teacher notes. */
export function SortingAnswerKey() {
  const words = useText().words.classroom.sorting;
  return (
    <section aria-labelledby="sorting-key">
      <h2 id="sorting-key">{words.answerKeyHeading}</h2>
      <ol className={styles.questions}>
        {sortingSentences.map((sentence) => (
          <li key={sentence.id}>
            <q>{sentence.words}</q>{' '}
            <Fill template={words.source} values={{ source: sentence.source }} />
            <p className={styles.answer}>
              <strong>{words.kinds[sentence.kind]}.</strong> {sentence.why}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
