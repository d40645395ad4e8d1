/** The deck's key map (deckKeys.ts) as a presenter reads it, for the classroom page. */
export const keyGuide: readonly { keys: string; does: string }[] = [
  { keys: '→ ↓ Space PageDown Enter', does: 'Next slide' },
  { keys: '← ↑ PageUp Backspace', does: 'Previous slide' },
  { keys: 'Home / End', does: 'First / last slide' },
  { keys: 'A number, then Enter', does: 'Go to that slide' },
  { keys: 'F', does: 'Full screen' },
  { keys: 'B or .', does: 'Black out the screen, and back' },
  { keys: 'O or Esc', does: 'Overview of all slides' },
  { keys: 'N', does: 'Speaker notes on the slide' },
  { keys: 'S', does: 'Speaker notes in a second window that follows the deck' },
];
