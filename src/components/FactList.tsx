import type { Fact } from '../content/types';
import { CitationList } from './CitationList';
import styles from './FactList.module.css';

/** Facts as a list, each followed by its sources. */
export function FactList({
  facts,
  ordered = false,
}: {
  facts: readonly Fact[];
  ordered?: boolean;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={ordered ? styles.ordered : styles.list}>
      {facts.map((fact) => (
        <li key={fact.text}>
          {fact.text}
          <CitationList citations={fact.citations} />
        </li>
      ))}
    </List>
  );
}
