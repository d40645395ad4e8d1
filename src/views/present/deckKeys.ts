import { namedCommands, type DeckCommand } from '../../content/keyGuide';

/** Whether a value from outside (another window) is a command the deck knows. */
export function isDeckCommand(value: unknown): value is DeckCommand {
  if (typeof value === 'string') return (namedCommands as readonly string[]).includes(value);
  return (
    typeof value === 'object' &&
    value !== null &&
    'digit' in value &&
    typeof value.digit === 'string' &&
    /^[0-9]$/.test(value.digit)
  );
}

/**
 * The keys presenters and presentation clickers send. Enter jumps when a slide number has been
 * typed, and otherwise moves on, as clickers expect.
 */
export function commandFor(key: string, isTypingNumber: boolean): DeckCommand | undefined {
  if (/^[0-9]$/.test(key)) return { digit: key };
  switch (key) {
    case 'Enter':
      return isTypingNumber ? 'jump' : 'next';
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'o':
    case 'O':
    case 'Escape':
      return 'overview';
    case 'n':
    case 'N':
      return 'notes';
    case 's':
    case 'S':
      return 'notesWindow';
    default:
      return undefined;
  }
}
