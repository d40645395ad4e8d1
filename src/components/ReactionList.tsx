import type { Reaction } from '../content/types';
import { quoteById } from '../content/voiceSelectors';
import { useText } from '../hooks/useText';
import { CitationList } from './CitationList';
import { CorrectionNotes } from './CorrectionNotes';
import { Fill } from './Fill';
import { QuoteCard } from './QuoteCard';
import styles from './ReactionList.module.css';

/** How the summit was received: who (a paper, a group, a government), what they said, the source. */
export function ReactionList({ reactions }: { reactions: readonly Reaction[] }) {
  const text = useText();
  const words = text.words.common.reactions;
  return (
    <ul className={styles.reactions}>
      {reactions.map((reaction) => {
        const quote = reaction.quote && quoteById(reaction.quote);
        return (
          <li key={reaction.id} id={reaction.id}>
            <p className={styles.who}>
              <Fill
                template={words.who}
                values={{
                  name: <strong>{reaction.who.name}</strong>,
                  role: reaction.who.role,
                  kind: words.kinds[reaction.kind],
                }}
              />
            </p>
            <p>{reaction.summary}</p>
            <CitationList citations={reaction.citations} />
            <CorrectionNotes item={{ kind: 'reaction', id: reaction.id }} />
            {quote && <QuoteCard quote={quote} />}
          </li>
        );
      })}
    </ul>
  );
}
