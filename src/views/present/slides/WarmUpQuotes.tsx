import { QuoteCard } from '../../../components/QuoteCard';
import type { Quote } from '../../../content/types';
import styles from '../SlideContent.module.css';

/** The warm-up slide's two quotations, one from each leader. */
export function WarmUpQuotes({ quotes }: { quotes: readonly Quote[] }) {
  return (
    <div className={styles.quotes}>
      {quotes.map((quote) => (
        <QuoteCard key={quote.id} quote={quote} />
      ))}
    </div>
  );
}
