import { glossaryMarker } from '../content/glossaryText';
import type { Fact } from '../content/types';
import { CitationList } from './CitationList';
import styles from './FactList.module.css';
import { TextWithTerms } from './TextWithTerms';

/** Facts as a list, each followed by its sources, with glossary terms explained in place. */
export function FactList({
  facts,
  ordered = false,
}: {
  facts: readonly Fact[];
  ordered?: boolean;
}) {
  const markTerms = glossaryMarker();
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={ordered ? styles.ordered : styles.list}>
      {facts.map((fact) => (
        <li key={fact.text}>
          <TextWithTerms parts={markTerms(fact.text)} />
          <CitationList citations={fact.citations} />
        </li>
      ))}
    </List>
  );
}
