import { useEffect, useMemo, useState } from 'react';
import { slides } from '../../content/slides';
import { pageTitle } from '../../pageHead';
import { paths } from '../../paths';
import { useDeckChannel } from './deckChannel';
import type { DeckCommand } from '../../content/keyGuide';
import { slideName } from './SlideContent';
import styles from './SpeakerNotesView.module.css';
import { useDeckKeys } from './useDeckKeys';
import { useTypedSlideNumber } from './useTypedSlideNumber';

/**
 * Speaker notes in a second window, for the presenter's screen while the deck is on the
 * projector. It follows the deck, and its buttons and a clicker pointed at it move the deck.
 */
export function SpeakerNotesView() {
  const deck = useMemo(() => slides(), []);
  const [current, setCurrent] = useState(1);
  const [isFollowing, setIsFollowing] = useState(false);
  // Digits typed here go to the deck; Enter after them must jump there, not move on.
  const slideNumber = useTypedSlideNumber();
  const send = useDeckChannel((message) => {
    if (message.type === 'showing') {
      setCurrent(Math.min(Math.max(message.slide, 1), deck.length));
      setIsFollowing(true);
    }
    if (message.type === 'gone') setIsFollowing(false);
  });
  useEffect(() => {
    document.title = pageTitle(paths.speakerNotes());
    send({ type: 'where' });
  }, [send]);

  function run(command: DeckCommand) {
    // The projector is not the place for notes, and full screen needs a press in its own window.
    if (command === 'notes' || command === 'notesWindow' || command === 'fullscreen') return;
    if (typeof command === 'object') slideNumber.add(command.digit);
    const typed = typeof command === 'object' ? '' : slideNumber.take();
    if (isFollowing) return send({ type: 'command', command });
    // With no deck to follow, the notes can still be read through on their own.
    if (command === 'next') setCurrent((n) => Math.min(n + 1, deck.length));
    if (command === 'previous') setCurrent((n) => Math.max(n - 1, 1));
    if (command === 'jump') setCurrent(Math.min(Math.max(Number(typed), 1), deck.length));
  }
  useDeckKeys(run, slideNumber.isTyping);

  const slide = deck[current - 1];
  const next = deck[current];
  if (!slide) return null;
  return (
    <main id="main" className={styles.notes}>
      <h1 tabIndex={-1}>Speaker notes</h1>
      <p role="status" className={styles.status}>
        {slideNumber.typed
          ? `Go to slide ${slideNumber.typed}…`
          : isFollowing
            ? 'Following the deck in the other window.'
            : 'Not connected to a deck. Open the deck and press S, or read the notes here on their own.'}
      </p>
      <section aria-labelledby="now-showing" className={styles.now}>
        <h2 id="now-showing">
          Slide {current} of {deck.length}: {slideName(slide)}
        </h2>
        <p>{slide.notes}</p>
      </section>
      <p className={styles.next}>{next ? `Next: ${slideName(next)}` : 'This is the last slide.'}</p>
      <nav aria-label="Deck controls" className={styles.controls}>
        <button
          type="button"
          className="button"
          onClick={() => run('previous')}
          disabled={current === 1}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <button
          type="button"
          className="button"
          onClick={() => run('black')}
          disabled={!isFollowing}
        >
          Black screen
        </button>
        <button
          type="button"
          className="button"
          onClick={() => run('next')}
          disabled={current === deck.length}
        >
          Next <span aria-hidden="true">→</span>
        </button>
      </nav>
    </main>
  );
}
