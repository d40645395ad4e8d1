import type { Quote } from '../content/types';
import { useText } from '../hooks/useText';
import { CitationList } from './CitationList';
import { Fill } from './Fill';
import styles from './QuoteCard.module.css';

/** Someone's own words, with who said them, what they were then, where and when, and the source. */
export function QuoteCard({ quote }: { quote: Quote }) {
  const text = useText();
  const words = text.words.common.quote;
  return (
    <figure className={styles.quote}>
      <blockquote className={styles.words}>
        <p>
          <Fill template={words.marks} values={{ words: quote.words }} />
        </p>
      </blockquote>
      <figcaption className={styles.caption}>
        <Fill
          template={words.attribution}
          values={{
            name: <strong>{quote.speaker.name}</strong>,
            role: quote.speaker.role,
            where: quote.where,
            date: text.date(quote.said),
          }}
        />
        {quote.translatedBy && (
          <>
            {' '}
            <Fill template={words.translatedBy} values={{ by: quote.translatedBy }} />
          </>
        )}
        {quote.original && (
          <span className={styles.original}>
            <Fill
              template={words.original}
              values={{
                words: <span lang={quote.original.language}>{quote.original.words}</span>,
              }}
            />
          </span>
        )}
        <CitationList citations={quote.citations} />
      </figcaption>
    </figure>
  );
}
