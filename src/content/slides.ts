import { discussionQuestions } from './classroom';
import { profileOf } from './profileSelectors';
import { allCommitments, currentStatus } from './commitmentSelectors';
import { allEvents } from './eventSelectors';
import { principals } from './peopleSelectors';
import { theStory } from './storySelectors';
import { textOf, type Text } from './text';
import type { Commitment, Fact, Person, StoryEvent } from './types';

/**
 * A slide's speaker notes: the dictionary's words around the story's. `noteParts` is the same text
 * in pieces, each of the story's words a piece of its own, for a view to render as separate text.
 */
interface SpeakerNotes {
  notes: string;
  noteParts: readonly string[];
}

/**
 * One slide of the lesson deck: its words are the story's own, read from the content. `name` is
 * its heading, and its name in the overview and the notes window.
 */
export type Slide = { name: string } & SpeakerNotes &
  (
    | { kind: 'title'; dek: string }
    | { kind: 'takeaways'; takeaways: readonly Fact[] }
    | { kind: 'event'; event: StoryEvent }
    | { kind: 'leader'; person: Person }
    | { kind: 'commitments'; commitments: readonly Commitment[] }
    | { kind: 'questions'; questions: readonly string[] }
  );

/**
 * Speaker notes from a dictionary template with the story's words in its `{slots}`; a list of
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

/** The sentences of a list of facts. */
const sentences = (facts: readonly Fact[]) => facts.map((fact) => fact.text);

/**
 * The lesson as slides: title, takeaways, every event in order, the two leaders, the checklist,
 * questions; the names and speaker notes in the language of `text`.
 */
export function slides(text: Text = textOf()): Slide[] {
  const { slideNames, notes } = text.words.present;
  const story = theStory();
  const commitments = allCommitments();
  const delivered = commitments.filter((c) => currentStatus(c) === 'delivered').length;
  return [
    {
      kind: 'title',
      name: story.headline,
      dek: story.dek,
      ...speakerNotes(notes.title, { dek: story.dek }),
    },
    {
      kind: 'takeaways',
      name: slideNames.takeaways,
      takeaways: story.takeaways,
      ...speakerNotes(notes.takeaways, { angle: sentences(story.angle) }),
    },
    ...allEvents().map((event): Slide => ({
      kind: 'event',
      name: event.title,
      event,
      ...speakerNotes(notes.event, { significance: event.significance }),
    })),
    ...principals().map((person): Slide => ({
      kind: 'leader',
      name: person.name,
      person,
      ...speakerNotes(notes.leader, {
        pressures: sentences(profileOf(person.id).pressures),
        name: person.name,
      }),
    })),
    {
      kind: 'commitments',
      name: slideNames.commitments,
      commitments,
      ...speakerNotes(
        text.count(notes.commitments, delivered, { total: text.number(commitments.length) }),
      ),
    },
    {
      kind: 'questions',
      name: slideNames.questions,
      questions: discussionQuestions.map((q) => q.question),
      ...speakerNotes(notes.questions),
    },
  ];
}
