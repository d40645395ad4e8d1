// The words of the slide deck, its speaker-notes window and its key guide, in English.

export const present = {
  /** What a screen reader calls each slide (aria-roledescription). */
  slideRole: 'slide',
  /** The names of the slides that are not named by the story's own words. */
  slideNames: {
    warmUp: 'Warm-up: neighbours',
    journey: 'Tokyo first, then Washington',
    timeline: 'How we got here',
    leaders: 'The two leaders',
    coverage: 'Two countries’ press, one summit',
    sorting: 'Fact, opinion or promise?',
    promises: 'What they promised, and where it stands',
    /** Discussion questions over several slides. */
    questions: 'Discuss ({number} of {total})',
    exitTicket: 'Exit ticket',
    end: 'Read more, check the sources',
  },
  /** An appendix slide's line above its title: the event's era and date. */
  eventKicker: 'Appendix · {era} · {date}',
  /** On the exit-ticket and end slides: where students open the student view. */
  studentView: 'On your phone: scan the code or go to {address}',
  /** On the end slide: where the explainer and its sources are. */
  explainer: 'The explainer and every source: {address}',
  /** On the sorting slide: the three piles. */
  sortInto: 'Sort into: {kinds}',
  missingSlide: {
    heading: 'There is no slide {number}',
    lede: { one: 'The deck has {count} slide.', other: 'The deck has {count} slides.' },
    /** `{first}` and `{classroom}` are the two links below. */
    ways: '{first} or go back to {classroom}.',
    first: 'Start from the first slide',
    classroom: 'the classroom page',
  },
  controls: {
    label: 'Deck controls',
    progress: 'Progress through the deck',
    /** Where the deck is: "3 / 36". */
    position: '{number} / {total}',
    /** Shown while a presenter types a slide number, before Enter. */
    typedNumber: 'Go to slide {number}…',
    previous: 'Previous',
    next: 'Next',
    overview: 'Overview',
    notes: 'Notes',
    notesWindow: 'Notes window',
    fullScreen: 'Full screen',
    exit: 'Exit',
  },
  overview: {
    heading: 'All slides',
    close: 'Close overview',
  },
  blackedOut: 'Screen blacked out. Press B to show the slide again.',
  notesWindow: {
    heading: 'Speaker notes',
    following: 'Following the deck in the other window.',
    alone:
      'Not connected to a deck. Open the deck and press S, or read the notes here on their own.',
    nowShowing: 'Slide {number} of {total}: {name}',
    next: 'Next: {name}',
    last: 'This is the last slide.',
    blackScreen: 'Black screen',
  },
  /** Each slide's speaker notes; `{…}` are the lesson's own words. */
  notes: {
    heading: 'Speaker notes',
    /** A slide of the lesson: what to say and ask, what to listen for, and how long to spend. */
    lesson: 'Say: {say} Ask: {ask} Listen for: {listenFor} Time: {time}.',
    minutes: { one: '{count} minute', other: '{count} minutes' },
    /** An appendix slide of the timeline. */
    event: 'Why it matters: {significance} Ask: how does this connect to the summit?',
  },
  /** The key guide on the classroom page, by deck command: the keys as printed, and what they do. */
  keyGuide: {
    next: { keys: '→ ↓ Space PageDown Enter', does: 'Next slide' },
    previous: { keys: '← ↑ PageUp Backspace', does: 'Previous slide' },
    first: { keys: 'Home', does: 'First slide' },
    last: { keys: 'End', does: 'Last slide' },
    jump: { keys: 'A number, then Enter', does: 'Go to that slide' },
    fullscreen: { keys: 'F', does: 'Full screen' },
    black: { keys: 'B or .', does: 'Black out the screen, and back' },
    overview: { keys: 'O or Esc', does: 'Overview of all slides' },
    notes: { keys: 'N', does: 'Speaker notes on the slide' },
    notesWindow: { keys: 'S', does: 'Speaker notes in a second window that follows the deck' },
  },
};
