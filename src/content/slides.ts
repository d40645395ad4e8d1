import { theExitTicket, allDiscussionQuestions } from './classroomSelectors';
import { allCommitments } from './commitmentSelectors';
import { allEvents } from './eventSelectors';
import { coverage, deckNotes, primaryText, sortingSentences, warmUp } from './lesson';
import { principals } from './peopleSelectors';
import { theStory } from './storySelectors';
import { textOf, type Text } from './text';
import { quoteById } from './voiceSelectors';
import type {
  Commitment,
  Coverage,
  Excerpt,
  Person,
  Quote,
  SlideKind,
  SortingSentence,
  StoryEvent,
} from './types';

/**
 * A slide's speaker notes: the dictionary's words around the lesson's. `noteParts` is the same
 * text in pieces, each of the lesson's words a piece of its own, for a view to render as separate
 * text.
 */
interface SpeakerNotes {
  notes: string;
  noteParts: readonly string[];
}

/**
 * One slide of the lesson deck: its words are the story's own, read from the content. `name` is
 * its heading, and its name in the overview and the notes window.
 */
export type Slide = { name: string; kind: SlideKind; isAppendix?: boolean } & SpeakerNotes &
  (
    | { kind: 'title'; dek: string }
    | { kind: 'warm-up'; prompt: string; quotes: readonly Quote[] }
    | { kind: 'journey' }
    | { kind: 'timeline' }
    | { kind: 'leaders'; people: readonly Person[] }
    | { kind: 'primary-text'; excerpts: readonly Excerpt[] }
    | { kind: 'coverage'; items: readonly Coverage[] }
    | { kind: 'sorting'; sentences: readonly SortingSentence[] }
    | { kind: 'promises'; commitments: readonly Commitment[] }
    | { kind: 'questions'; questions: readonly string[] }
    | { kind: 'exit-ticket'; prompt: string }
    | { kind: 'end' }
    | { kind: 'event'; event: StoryEvent }
  );

/**
 * Speaker notes from a dictionary template with the lesson's words in its `{slots}`; a list of
 * sentences is read one after another.
 */
function speakerNotes(
  template: string,
  values: Record<string, string | readonly string[]> = {},
): SpeakerNotes {
  const noteParts = template
    .split(/\{(\w+)\}/)
    .flatMap((part, index) => {
      if (index % 2 === 0) return [part];
      const value = values[part] ?? `{${part}}`;
      if (typeof value === 'string') return [value];
      return value.flatMap((sentence, at) => (at === 0 ? [sentence] : [' ', sentence]));
    })
    .filter((part) => part !== '');
  return { notes: noteParts.join(''), noteParts };
}

/** How many of the sentences to sort go on the slide; students sort them all on their phones. */
const sentencesOnSlide = 5;

/** How many discussion questions share a slide, so each stays readable from the back row. */
const questionsPerSlide = 2;

/** The same items in groups of `size`, in order. */
const inGroupsOf = <Item>(items: readonly Item[], size: number): Item[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, at) =>
    items.slice(at * size, at * size + size),
  );

/**
 * The 50-minute lesson as slides, in the order of the plan (src/content/lesson.ts), then every
 * event of the timeline as an appendix for a teacher who wants it; names and notes in the
 * language of `text`.
 */
export function slides(text: Text = textOf()): Slide[] {
  const { slideNames, notes } = text.words.present;
  const story = theStory();
  /** The notes of a slide of the lesson: what to say, ask, listen for, and for how long. */
  const lessonNotes = (kind: keyof typeof deckNotes) => {
    const { say, ask, listenFor, minutes } = deckNotes[kind];
    return speakerNotes(notes.lesson, {
      say,
      ask,
      listenFor,
      time: text.count(notes.minutes, minutes),
    });
  };
  const questionSlides = inGroupsOf(
    allDiscussionQuestions().map((q) => q.question),
    questionsPerSlide,
  );
  return [
    { kind: 'title', name: story.headline, dek: story.dek, ...lessonNotes('title') },
    {
      kind: 'warm-up',
      name: slideNames.warmUp,
      prompt: warmUp.prompt,
      quotes: warmUp.quotes.flatMap((id) => quoteById(id) ?? []),
      ...lessonNotes('warm-up'),
    },
    { kind: 'journey', name: slideNames.journey, ...lessonNotes('journey') },
    { kind: 'timeline', name: slideNames.timeline, ...lessonNotes('timeline') },
    { kind: 'leaders', name: slideNames.leaders, people: principals(), ...lessonNotes('leaders') },
    {
      kind: 'primary-text',
      name: primaryText.title,
      excerpts: primaryText.excerpts,
      ...lessonNotes('primary-text'),
    },
    { kind: 'coverage', name: slideNames.coverage, items: coverage, ...lessonNotes('coverage') },
    {
      kind: 'sorting',
      name: slideNames.sorting,
      sentences: sortingSentences.slice(0, sentencesOnSlide),
      ...lessonNotes('sorting'),
    },
    {
      kind: 'promises',
      name: slideNames.promises,
      commitments: allCommitments(),
      ...lessonNotes('promises'),
    },
    ...questionSlides.map((questions, at): Slide => ({
      kind: 'questions',
      name: text.fill(slideNames.questions, {
        number: text.number(at + 1),
        total: text.number(questionSlides.length),
      }),
      questions,
      ...lessonNotes('questions'),
    })),
    {
      kind: 'exit-ticket',
      name: slideNames.exitTicket,
      prompt: theExitTicket().prompt,
      ...lessonNotes('exit-ticket'),
    },
    { kind: 'end', name: slideNames.end, ...lessonNotes('end') },
    ...allEvents().map((event): Slide => ({
      kind: 'event',
      name: event.title,
      event,
      isAppendix: true,
      ...speakerNotes(notes.event, { significance: event.significance }),
    })),
  ];
}

/** The slides of the lesson itself, before the appendix of events. */
export const lessonSlides = (deck: readonly Slide[]) => deck.filter((slide) => !slide.isAppendix);

/** The number of the first slide of a kind (1-based), for links from the plan and the strip. */
export function slideNumberOf(deck: readonly Slide[], kind: SlideKind, eventId?: string) {
  const index = deck.findIndex(
    (slide) =>
      slide.kind === kind &&
      (eventId === undefined || ('event' in slide && slide.event.id === eventId)),
  );
  return index === -1 ? undefined : index + 1;
}

/** The numbers (1-based) of the lesson's slides of these kinds, in deck order: a plan step's slides. */
export const lessonSlideNumbers = (deck: readonly Slide[], kinds: readonly SlideKind[]) =>
  deck.flatMap((slide, index) =>
    kinds.includes(slide.kind) && !slide.isAppendix ? [index + 1] : [],
  );
