import { CitationList } from '../../components/CitationList';
import { Fill } from '../../components/Fill';
import { coverage, coverageQuestions } from '../../content/lesson';
import { countryById } from '../../content/peopleSelectors';
import { useText } from '../../hooks/useText';
import styles from './Lesson.module.css';
import { ModelAnsweredList } from './PrimaryTextReading';

/** How outlets in each country opened their reports of the summit, side by side, with questions. */
export function CoverageComparison({ withAnswers = false }: { withAnswers?: boolean }) {
  const text = useText();
  const words = text.words.classroom.coverage;
  return (
    <section aria-labelledby="coverage" id="coverage-section">
      <h2 id="coverage">{words.heading}</h2>
      <p>{words.intro}</p>
      <ul className={styles.coverage}>
        {coverage.map((item) => (
          <li key={item.id} className={styles.report}>
            <p className={styles.from}>
              <Fill template={words.from} values={{ country: countryById(item.country).name }} />
            </p>
            <p className={styles.outlet}>
              {item.outlet} · <time>{text.date(item.published)}</time>
            </p>
            {'headline' in item ? (
              <p className={styles.headline}>{item.headline}</p>
            ) : (
              <p className={styles.noHeadline}>{words.noHeadline}</p>
            )}
            <blockquote className={styles.excerpt}>{item.opening}</blockquote>
            <CitationList citations={item.citations} />
          </li>
        ))}
      </ul>
      <h3>{words.questionsHeading}</h3>
      <ModelAnsweredList questions={coverageQuestions} withAnswers={withAnswers} />
    </section>
  );
}
