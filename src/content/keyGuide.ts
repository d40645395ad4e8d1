import { textOf, type Text } from './text';

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

/** A command the deck knows by name. */
export type NamedCommand = (typeof namedCommands)[number];

/** What a key press asks the deck to do. */
export type DeckCommand = NamedCommand | { digit: string };

/** Which keys send each command, as KeyboardEvent.key values, in the order the guide lists them. */
const keysFor: readonly { command: NamedCommand; pressed: readonly string[] }[] = [
  { command: 'next', pressed: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'] },
  { command: 'previous', pressed: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'] },
  { command: 'first', pressed: ['Home'] },
  { command: 'last', pressed: ['End'] },
  { command: 'jump', pressed: ['Enter'] },
  { command: 'fullscreen', pressed: ['f', 'F'] },
  { command: 'black', pressed: ['b', 'B', '.'] },
  { command: 'overview', pressed: ['o', 'O', 'Escape'] },
  { command: 'notes', pressed: ['n', 'N'] },
  { command: 'notesWindow', pressed: ['s', 'S'] },
];

/** One line of the key guide: what a presenter presses, and what the deck does. */
export interface KeyGuideEntry {
  /** The keys, as printed on a keyboard. */
  keys: string;
  /** What they do, in a presenter's words. */
  does: string;
  /** The command they send (deckKeys.ts), so a test can hold the guide to the key map. */
  command: NamedCommand;
  /** The same keys as KeyboardEvent.key values. */
  pressed: readonly string[];
}

/** The deck's key map as a presenter reads it, in the reader's language, for the classroom page. */
export const keyGuide = (text: Text = textOf()): KeyGuideEntry[] =>
  keysFor.map((entry) => ({ ...text.words.present.keyGuide[entry.command], ...entry }));
