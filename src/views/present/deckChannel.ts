import { useCallback, useEffect, useRef } from 'react';
import type { DeckCommand } from '../../content/keyGuide';
import { isDeckCommand } from './deckKeys';

/** What the deck and its speaker-notes window tell each other. */
export type DeckMessage =
  | { type: 'showing'; slide: number }
  | { type: 'gone' }
  | { type: 'where' }
  | { type: 'command'; command: DeckCommand };

const channelName = 'tokyo-summit-deck';

function isDeckMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  switch (data.type) {
    case 'gone':
    case 'where':
      return true;
    case 'showing':
      return 'slide' in data && Number.isInteger(data.slide);
    case 'command':
      return 'command' in data && isDeckCommand(data.command);
    default:
      return false;
  }
}

/**
 * The line between the deck and its speaker-notes window: same browser, same site, no network.
 * Returns a stable function that sends, which `onMessage` gets too, to reply. Where
 * BroadcastChannel is missing, sending does nothing and each window works alone. `farewell` is
 * sent when this window leaves the page or closes.
 */
export function useDeckChannel(
  onMessage: (message: DeckMessage, send: (reply: DeckMessage) => void) => void,
  farewell?: DeckMessage,
) {
  const channel = useRef<BroadcastChannel>(undefined);
  const latest = useRef({ onMessage, farewell });
  useEffect(() => {
    latest.current = { onMessage, farewell };
  });
  const send = useCallback((message: DeckMessage) => channel.current?.postMessage(message), []);

  // Declared before any effect of the caller's, so it is open by the time those send.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(channelName);
    opened.onmessage = (event: MessageEvent<unknown>) => {
      if (isDeckMessage(event.data)) latest.current.onMessage(event.data, send);
    };
    channel.current = opened;
    const leave = () => {
      if (latest.current.farewell) opened.postMessage(latest.current.farewell);
    };
    // Back from the back/forward cache, the other window last heard this one leave: answer it
    // as if it had asked where this one is.
    const handleReturn = (event: PageTransitionEvent) => {
      if (event.persisted) latest.current.onMessage({ type: 'where' }, send);
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', handleReturn);
    return () => {
      window.removeEventListener('pageshow', handleReturn);
      window.removeEventListener('pagehide', leave);
      leave();
      opened.close();
      channel.current = undefined;
    };
  }, [send]);

  return send;
}
