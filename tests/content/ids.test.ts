import { ref } from '../../src/content/cite';
import { commitmentById } from '../../src/content/commitmentSelectors';
import { eventById } from '../../src/content/eventSelectors';
import { personById } from '../../src/content/peopleSelectors';
import { profileOf } from '../../src/content/profileSelectors';
import type { profiles } from '../../src/content/profiles';
import { referenceById } from '../../src/content/referenceSelectors';
import type {
  Commitment,
  ContentRef,
  QuizQuestion,
  StatusChange,
  StoryEvent,
  TermId,
  ThemeId,
  Update,
} from '../../src/content/types';

// Ids are unions of string literals, so a cross-reference to a missing id fails the type check.
// Each `@ts-expect-error` below makes `tsc` fail if that error ever disappears; the runtime
// assertions keep each test from being empty.

describe('a cross-reference to a missing id fails the type check', () => {
  it('in a citation of a background reference', () => {
    // @ts-expect-error: there is no such reference
    const citation = ref('no-such-reference');
    expect(citation).toEqual({ kind: 'reference', referenceId: 'no-such-reference' });
    expect(referenceById('no-such-reference')).toBeUndefined();
    expect(referenceById('korea-net-tokyo-summit')).toBeDefined();
  });

  it('in a content reference, by kind', () => {
    // @ts-expect-error: there is no such event
    const missing: ContentRef = { kind: 'event', id: 'no-such-event' };
    // @ts-expect-error: a person's id is not an event's
    const wrongKind: ContentRef = { kind: 'event', id: 'shigeru-ishiba' };
    // @ts-expect-error: there is no such glossary term
    const term: ContentRef = { kind: 'term', id: 'no-such-term' };
    expect(eventById(missing.id)).toBeUndefined();
    expect(eventById(wrongKind.id)).toBeUndefined();
    expect(term.id).toBe('no-such-term');
    const found: ContentRef = { kind: 'event', id: 'tokyo-summit' };
    expect(eventById(found.id)).toBeDefined();
  });

  it("in an event's people and themes", () => {
    // @ts-expect-error: there is no such person
    const people: StoryEvent['people'] = ['no-such-person'];
    // @ts-expect-error: there is no such theme
    const theme: ThemeId = 'no-such-theme';
    expect(people.flatMap((id) => personById(id) ?? [])).toEqual([]);
    expect(theme).toBe('no-such-theme');
  });

  it("in a commitment's people, event and steps", () => {
    // @ts-expect-error: there is no such person
    const committedBy: Commitment['committedBy'] = ['no-such-person'];
    // @ts-expect-error: there is no such event
    const madeAt: Commitment['madeAt'] = 'no-such-event';
    // @ts-expect-error: there is no such event
    const step: StatusChange['event'] = 'no-such-event';
    expect(committedBy.flatMap((id) => personById(id) ?? [])).toEqual([]);
    expect(eventById(madeAt)).toBeUndefined();
    expect(step && eventById(step)).toBeUndefined();
  });

  it('in an update, a glossary term and a profile', () => {
    // @ts-expect-error: there is no such commitment
    const item: Update['item'] = { kind: 'commitment', id: 'no-such-commitment' };
    // @ts-expect-error: there is no such term
    const term: TermId = 'no-such-term';
    // @ts-expect-error: only the two leaders who met have a full profile
    const profiled: keyof typeof profiles = 'joe-biden';
    expect(commitmentById(item.id)).toBeUndefined();
    expect(term).toBe('no-such-term');
    expect(profileOf(profiled).path).toEqual([]);
  });

  it("in a quiz question's choices, which must all be of the question's kind", () => {
    const mixed: QuizQuestion<string> = {
      id: 'mixed-choices',
      prompt: 'Who?',
      skill: 'recall',
      kind: 'person',
      about: { kind: 'person', id: 'joe-biden' },
      choices: [
        // @ts-expect-error: a date is not a choice for a question about a person
        { kind: 'date', event: 'tokyo-summit', why: 'Because.' },
        { kind: 'person', person: 'joe-biden', isAnswer: true, why: 'Because.' },
      ],
      citations: [],
    };
    const misspelt: QuizQuestion<string> = {
      id: 'misspelt-choice',
      prompt: 'Who?',
      skill: 'recall',
      kind: 'person',
      about: { kind: 'person', id: 'joe-biden' },
      choices: [
        { kind: 'person', person: 'joe-biden', isAnswer: true, why: 'Because.' },
        // @ts-expect-error: there is no such person
        { kind: 'person', person: 'no-such-person', why: 'Because.' },
        { kind: 'person', person: 'donald-trump', why: 'Because.' },
      ],
      citations: [],
    };
    const people = (question: QuizQuestion<string>) =>
      question.choices.flatMap((choice) =>
        choice.kind === 'person' ? (personById(choice.person) ?? []) : [],
      );
    expect(people(mixed)).toHaveLength(1);
    expect(people(misspelt)).toHaveLength(2);
  });
});
