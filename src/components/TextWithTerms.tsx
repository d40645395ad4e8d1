import { useId } from 'react';
import { Link } from 'react-router';
import type { TextPart } from '../content/glossaryText';
import type { GlossaryTerm } from '../content/types';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { CitationList } from './CitationList';
import styles from './TextWithTerms.module.css';

/** Text whose glossary terms open their definition in place: by click, tap, or Enter and Space. */
export function TextWithTerms({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : (
      <DefinedTerm key={`${part.term.id}-${index}`} term={part.term} text={part.text} />
    ),
  );
}

// A native popover: the browser opens it from the button without our JavaScript, closes it on Esc
// or a tap elsewhere, and puts its contents next in the tab order after the button.
function DefinedTerm({ term, text }: { term: GlossaryTerm; text: string }) {
  const id = useId();
  const words = useText().words.common.terms;
  return (
    <>
      <button type="button" className={styles.term} popoverTarget={id}>
        {text}
      </button>
      <span id={id} popover="auto" className={styles.definition}>
        <strong className={styles.name}>{term.term}</strong>{' '}
        <span className={styles.meaning}>{term.definition}</span>
        <CitationList citations={term.citations} as="span" />
        <Link to={paths.term(term.id)} className={styles.more}>
          {words.allTerms}
        </Link>
      </span>
    </>
  );
}
