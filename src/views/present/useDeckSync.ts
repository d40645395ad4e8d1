import { useEffect } from 'react';
import type { DeckCommand } from '../../content/keyGuide';
import { useDeckChannel } from './deckChannel';

/**
 * Keeps the speaker-notes window in step with the deck: tells it each slide shown, answers when it
 * asks, runs the commands its buttons and keys send, and says goodbye when the deck closes.
 */
export function useDeckSync(
  number: number,
  requested: () => number,
  run: (command: DeckCommand) => void,
) {
  const send = useDeckChannel(
    (message, reply) => {
      if (message.type === 'where') reply({ type: 'showing', slide: requested() });
      if (message.type === 'command') run(message.command);
    },
    { type: 'gone' },
  );
  useEffect(() => {
    send({ type: 'showing', slide: number });
  }, [send, number]);
}
