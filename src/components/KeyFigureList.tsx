import type { KeyFigure } from '../content/types';
import { useText } from '../hooks/useText';
import { CitationList } from './CitationList';
import { Fill } from './Fill';
import styles from './KeyFigureList.module.css';

/** Numbers that put the story in proportion: each large, with what it counts, its year and source. */
export function KeyFigureList({ figures }: { figures: readonly KeyFigure[] }) {
  const text = useText();
  const words = text.words.common.figures;
  return (
    <ul className={styles.figures}>
      {figures.map((figure) => (
        <li key={figure.id} className={styles.figure}>
          <span className={styles.value}>{text.amount(figure.value, figure.unit)}</span>
          <span className={styles.label}>
            <Fill template={words.label} values={{ label: figure.label, year: figure.year }} />
          </span>
          {figure.note && <span className={styles.note}>{figure.note}</span>}
          <CitationList citations={figure.citations} />
        </li>
      ))}
    </ul>
  );
}
