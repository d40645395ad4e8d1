import { Link } from 'react-router';
import type { DeckCommand } from '../../content/keyGuide';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './DeckControls.module.css';

interface DeckControlsProps {
  number: number;
  total: number;
  /** The digits of a slide number being typed, or ''. */
  typed: string;
  isOverview: boolean;
  hasNotes: boolean;
  run: (command: DeckCommand) => void;
}

/** The bar under the slide: how far through the deck it is, and a button for each command. */
export function DeckControls({
  number,
  total,
  typed,
  isOverview,
  hasNotes,
  run,
}: DeckControlsProps) {
  const text = useText();
  const words = text.words.present.controls;
  return (
    <footer className={styles.bar}>
      <progress
        className={styles.progress}
        max={total}
        value={number}
        aria-label={words.progress}
      />
      <nav aria-label={words.label} className={styles.controls}>
        <button type="button" onClick={() => run('previous')} disabled={number === 1}>
          <span aria-hidden="true">←</span> {words.previous}
        </button>
        <span className={styles.count} aria-live="polite">
          {typed
            ? text.fill(words.typedNumber, { number: typed })
            : text.fill(words.position, { number: text.number(number), total: text.number(total) })}
        </span>
        <button type="button" onClick={() => run('next')} disabled={number === total}>
          {words.next} <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={() => run('overview')} aria-pressed={isOverview}>
          {words.overview}
        </button>
        <button type="button" onClick={() => run('notes')} aria-pressed={hasNotes}>
          {words.notes}
        </button>
        <button type="button" onClick={() => run('notesWindow')}>
          {words.notesWindow}
        </button>
        <button type="button" onClick={() => run('fullscreen')}>
          {words.fullScreen}
        </button>
        <Link to={paths.classroom()}>{words.exit}</Link>
      </nav>
    </footer>
  );
}
