/** Every command the deck knows, besides a typed digit. */
export const namedCommands = [
  'next',
  'previous',
  'first',
  'last',
  'fullscreen',
  'black',
  'overview',
  'notes',
  'notesWindow',
  'jump',
] as const;

/** What a key press asks the deck to do. */
export type DeckCommand = (typeof namedCommands)[number] | { digit: string };

/** One line of the key guide: what a presenter presses, and what the deck does. */
export interface KeyGuideEntry {
  /** The keys, as printed on a keyboard. */
  keys: string;
  /** What they do, in a presenter's words. */
  does: string;
  /** The command they send (deckKeys.ts), so a test can hold the guide to the key map. */
  command: Exclude<DeckCommand, { digit: string }>;
  /** The same keys as KeyboardEvent.key values. */
  pressed: readonly string[];
}

/** The deck's key map as a presenter reads it, for the classroom page. */
export const keyGuide: readonly KeyGuideEntry[] = [
  {
    keys: '→ ↓ Space PageDown Enter',
    does: 'Next slide',
    command: 'next',
    pressed: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'],
  },
  {
    keys: '← ↑ PageUp Backspace',
    does: 'Previous slide',
    command: 'previous',
    pressed: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
  },
  { keys: 'Home', does: 'First slide', command: 'first', pressed: ['Home'] },
  { keys: 'End', does: 'Last slide', command: 'last', pressed: ['End'] },
  { keys: 'A number, then Enter', does: 'Go to that slide', command: 'jump', pressed: ['Enter'] },
  { keys: 'F', does: 'Full screen', command: 'fullscreen', pressed: ['f', 'F'] },
  {
    keys: 'B or .',
    does: 'Black out the screen, and back',
    command: 'black',
    pressed: ['b', 'B', '.'],
  },
  {
    keys: 'O or Esc',
    does: 'Overview of all slides',
    command: 'overview',
    pressed: ['o', 'O', 'Escape'],
  },
  { keys: 'N', does: 'Speaker notes on the slide', command: 'notes', pressed: ['n', 'N'] },
  {
    keys: 'S',
    does: 'Speaker notes in a second window that follows the deck',
    command: 'notesWindow',
    pressed: ['s', 'S'],
  },
];
