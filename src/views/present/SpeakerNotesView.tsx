import { useEffect, useMemo, useState } from 'react';
import type { DeckCommand } from '../../content/keyGuide';
import { Fill } from '../../components/Fill';
import { slides } from '../../content/slides';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { useDeckChannel } from './deckChannel';
import styles from './SpeakerNotesView.module.css';
import { useDeckKeys } from './useDeckKeys';
import { useTabTitle } from './useTabTitle';
import { useTypedSlideNumber } from './useTypedSlideNumber';

/**
 * Speaker notes in a second window, for the presenter's screen while the deck is on the
 * projector. It follows the deck, and its buttons and a clicker pointed at it move the deck.
 */
export function SpeakerNotesView() {
  const text = useText();
  const { controls, notesWindow: words } = text.words.present;
  const deck = useMemo(() => slides(text), [text]);
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
  useTabTitle(paths.speakerNotes());
  useEffect(() => {
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
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p role="status" className={styles.status}>
        {slideNumber.typed
          ? text.fill(controls.typedNumber, { number: slideNumber.typed })
          : isFollowing
            ? words.following
            : words.alone}
      </p>
      <section aria-labelledby="now-showing" className={styles.now}>
        <h2 id="now-showing">
          <Fill
            template={words.nowShowing}
            values={{
              number: text.number(current),
              total: text.number(deck.length),
              name: slide.name,
            }}
          />
        </h2>
        <p>{slide.noteParts}</p>
      </section>
      <p className={styles.next}>
        {next ? <Fill template={words.next} values={{ name: next.name }} /> : words.last}
      </p>
      <nav aria-label={controls.label} className={styles.controls}>
        <button
          type="button"
          className="button"
          onClick={() => run('previous')}
          disabled={current === 1}
        >
          <span aria-hidden="true">←</span> {controls.previous}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => run('black')}
          disabled={!isFollowing}
        >
          {words.blackScreen}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => run('next')}
          disabled={current === deck.length}
        >
          {controls.next} <span aria-hidden="true">→</span>
        </button>
      </nav>
    </main>
  );
}
