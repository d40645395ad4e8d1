import { useState } from 'react';
import type { DeckCommand } from '../../content/keyGuide';
import type { Slide } from '../../content/slides';
import { paths } from '../../paths';
import { Blackout } from './Blackout';
import styles from './Deck.module.css';
import { DeckControls } from './DeckControls';
import { toggleFullScreen } from './fullScreen';
import { SlideNotes } from './SlideNotes';
import { SlideOverview } from './SlideOverview';
import { SlideStage } from './SlideStage';
import { useDeckKeys } from './useDeckKeys';
import { useDeckSync } from './useDeckSync';
import { useNotesWindow } from './useNotesWindow';
import { useSlideFocus } from './useSlideFocus';
import { useSlideNavigation } from './useSlideNavigation';
import { useSwipe } from './useSwipe';
import { useTabTitle } from './useTabTitle';
import { useTypedSlideNumber } from './useTypedSlideNumber';

/**
 * One slide on the projector, with its controls, and what a presenter can call up over it: the
 * overview, the notes, a black screen. Keys, a clicker, a swipe and the notes window all run the
 * same commands.
 */
export function Deck({ deck, number, slide }: { deck: Slide[]; number: number; slide: Slide }) {
  const [isBlack, setIsBlack] = useState(false);
  const [isOverview, setIsOverview] = useState(false);
  const [hasNotes, setHasNotes] = useState(false);
  const slideNumber = useTypedSlideNumber();
  const { go, requested } = useSlideNavigation(number, deck.length);
  const openNotesWindow = useNotesWindow();
  const headingId = `slide-${number}-title`;

  function run(command: DeckCommand) {
    if (typeof command === 'object') return slideNumber.add(command.digit);
    const typed = slideNumber.take();
    switch (command) {
      case 'next':
        return go(requested() + 1);
      case 'previous':
        return go(requested() - 1);
      case 'first':
        return go(1);
      case 'last':
        return go(deck.length);
      case 'jump':
        return go(Number(typed));
      case 'black':
        // The overview is a modal dialog, drawn above everything: it closes for the black screen.
        setIsOverview(false);
        return setIsBlack((black) => !black);
      case 'overview':
        return setIsOverview((open) => !open);
      case 'notes':
        return setHasNotes((shown) => !shown);
      case 'notesWindow':
        // A blocked pop-up still leaves the presenter their notes, on this screen.
        if (!openNotesWindow()) setHasNotes(true);
        return;
      case 'fullscreen':
        return toggleFullScreen();
    }
  }

  useDeckKeys(run, slideNumber.isTyping);
  useDeckSync(number, requested, run);
  useTabTitle(paths.present(number));
  useSlideFocus(headingId);
  const swipe = useSwipe(run);

  return (
    <div className={styles.deck} {...swipe}>
      <SlideStage slide={slide} deck={deck} number={number} headingId={headingId} />
      {hasNotes && <SlideNotes notes={slide.noteParts} />}
      <DeckControls
        number={number}
        total={deck.length}
        typed={slideNumber.typed}
        isOverview={isOverview}
        hasNotes={hasNotes}
        run={run}
      />
      {isOverview && (
        <SlideOverview deck={deck} current={number} onClose={() => setIsOverview(false)} />
      )}
      {isBlack && <Blackout />}
    </div>
  );
}
