import { useEffect, useRef } from 'react';
import { isTyping } from '../../hooks/useArrowKeyNavigation';
import type { DeckCommand } from '../../content/keyGuide';
import { commandFor } from './deckKeys';

/** Runs the deck command for each key a presenter or a clicker sends to this window. */
export function useDeckKeys(run: (command: DeckCommand) => void, isTypingNumber: () => boolean) {
  const latest = useRef({ run, isTypingNumber });
  useEffect(() => {
    latest.current = { run, isTypingNumber };
  });

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // Enter and Space on a focused control press it; the deck only hears them elsewhere.
      if (
        (event.key === 'Enter' || event.key === ' ') &&
        event.target instanceof HTMLElement &&
        event.target.closest('a, button')
      )
        return;
      const command = commandFor(event.key, latest.current.isTypingNumber());
      if (!command) return;
      event.preventDefault();
      latest.current.run(command);
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}
