import { discussionQuestions } from './classroom';
import { profileOf } from './profileSelectors';
import { allCommitments, currentStatus, statusById } from './commitmentSelectors';
import { allEvents } from './eventSelectors';
import { principals } from './peopleSelectors';
import { theStory } from './storySelectors';
import type { Commitment, Fact, Person, StoryEvent } from './types';

/** One slide of the lesson deck; its words are the story's own, read from the content. */
export type Slide =
  | { kind: 'title'; headline: string; dek: string; notes: string }
  | { kind: 'takeaways'; takeaways: readonly Fact[]; notes: string }
  | { kind: 'event'; event: StoryEvent; notes: string }
  | { kind: 'leader'; person: Person; notes: string }
  | { kind: 'commitments'; commitments: readonly Commitment[]; notes: string }
  | { kind: 'questions'; questions: readonly string[]; notes: string };

/** The lesson as slides: title, takeaways, every event in order, the two leaders, the checklist, questions. */
export function slides(): Slide[] {
  const story = theStory();
  const delivered = allCommitments().filter((c) => currentStatus(c) === 'delivered').length;
  return [
    {
      kind: 'title',
      headline: story.headline,
      dek: story.dek,
      notes: `Say: ${story.dek} Ask: what do the class already know about Japan and South Korea?`,
    },
    {
      kind: 'takeaways',
      takeaways: story.takeaways,
      notes: `Ask: which of these surprises you? ${story.whyItMatters.map((f) => f.text).join(' ')}`,
    },
    ...allEvents().map((event): Slide => ({
      kind: 'event',
      event,
      notes: `Why it matters: ${event.significance} Ask: how does this connect to the summit?`,
    })),
    ...principals().map((person): Slide => ({
      kind: 'leader',
      person,
      notes: `${profileOf(person.id)
        .pressures.map((f) => f.text)
        .join(' ')} Ask: what did ${person.name} need from the summit?`,
    })),
    {
      kind: 'commitments',
      commitments: allCommitments(),
      notes: `${delivered} of ${allCommitments().length} are rated ${statusById('delivered').label.toLowerCase()}. Ask: which would you watch most closely, and why?`,
    },
    {
      kind: 'questions',
      questions: discussionQuestions.map((q) => q.question),
      notes: 'Pick two or three questions; give pairs two minutes before opening to the room.',
    },
  ];
}
