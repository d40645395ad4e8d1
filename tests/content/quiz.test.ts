import { commitmentById, currentStatus } from '../../src/content/commitmentSelectors';
import { eventById } from '../../src/content/eventSelectors';
import { wordCount } from '../../src/content/language';
import { personById } from '../../src/content/peopleSelectors';
import { quiz } from '../../src/content/quiz';
import { quizAnswerKey, quizQuestions, shuffledOrder } from '../../src/content/quizSelectors';
import { refExists } from '../../src/content/refSelectors';
import { referenceById } from '../../src/content/referenceSelectors';
import { statuses } from '../../src/content/taxonomy';
import { textOf } from '../../src/content/text';
import type { ContentRef, QuizChoice, QuizQuestion } from '../../src/content/types';

// A quiz that tests understanding: its questions ask why, compare and weigh evidence as well as
// recall; its wrong choices are the same kind of fact as the answer; nothing in a question or in
// the order of its choices gives the answer away; every fact comes from the story.

const questions: readonly QuizQuestion[] = quiz;
const choicesOf = (question: QuizQuestion) => question.choices as readonly QuizChoice[];
const resolved = quizQuestions();
const text = textOf();

/** The words of five letters or more in a text, lower-cased, a plural or possessive "s" cut. */
function contentWords(sentence: string): Set<string> {
  return new Set(
    sentence
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 5)
      .map((word) => word.replace(/s$/, '')),
  );
}

/** Words a right answer may share with its question: names no answer about them can avoid. */
const mayEcho = new Set(['korea', 'japan']);

/** The content words a right answer repeats from its question. */
const echoes = (prompt: string, answer: string) =>
  [...contentWords(answer)].filter((word) => contentWords(prompt).has(word) && !mayEcho.has(word));

/** What an item of the story says of itself: its title and summary. */
function wordsOf(ref: ContentRef): string {
  if (ref.kind === 'event') {
    const event = eventById(ref.id);
    return `${event?.title ?? ''} ${event?.summary ?? ''}`;
  }
  if (ref.kind === 'commitment') {
    const commitment = commitmentById(ref.id);
    return `${commitment?.title ?? ''} ${commitment?.summary ?? ''} ${commitment?.evidence ?? ''}`;
  }
  return '';
}

const sentences = (passage: string) =>
  [...new Intl.Segmenter('en-GB', { granularity: 'sentence' }).segment(passage)]
    .map((segment) => segment.segment.trim())
    .filter(Boolean);

describe('the quiz', () => {
  it('has 8 to 10 questions, and at least a third ask why, to compare or to weigh evidence', () => {
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(10);
    const beyondRecall = questions.filter((q) => q.skill !== 'recall');
    expect(beyondRecall.length * 3).toBeGreaterThanOrEqual(questions.length);
    expect(new Set(beyondRecall.map((q) => q.skill))).toEqual(
      new Set(['reason', 'compare', 'evidence']),
    );
  });

  it('gives every question one right answer, and says why of every choice', () => {
    for (const question of questions) {
      const choices = choicesOf(question);
      expect(choices.length, question.id).toBeGreaterThanOrEqual(3);
      expect(choices.filter((c) => c.isAnswer).length, question.id).toBe(1);
      for (const choice of choices) expect(choice.why.trim(), question.id).not.toBe('');
    }
    for (const question of resolved) {
      const labels = question.choices.map((c) => c.label);
      expect(new Set(labels).size, question.id).toBe(labels.length);
      expect(new Set(question.choices.map((c) => c.why)).size, question.id).toBe(labels.length);
    }
    expect(resolved.map((q) => q.id)).toEqual(questions.map((q) => q.id));
  });

  it('draws every choice from the same kind of fact as its answer', () => {
    for (const question of questions) {
      const kinds = choicesOf(question).map((choice) => choice.kind);
      expect(kinds, question.id).toEqual(kinds.map(() => question.kind));
    }
  });

  it('takes dates, names and statuses from the content, and places from the item they name', () => {
    for (const question of resolved) {
      const data = choicesOf(questions.find((q) => q.id === question.id) as QuizQuestion);
      question.choices.forEach((shown, index) => {
        const choice = data[index];
        if (choice?.kind === 'date') {
          const event = eventById(choice.event);
          expect(event && shown.label).toBe(event && text.date(event.date));
        } else if (choice?.kind === 'person') {
          expect(shown.label).toBe(personById(choice.person)?.name);
        } else if (choice?.kind === 'status') {
          expect(shown.label).toBe(statuses.find((s) => s.id === choice.status)?.label);
        } else if (choice) {
          expect(refExists(choice.from), `${question.id}: ${choice.label}`).toBe(true);
          if (choice.kind === 'place') {
            const [place = ''] = choice.label.split(', ');
            expect(wordsOf(choice.from), choice.label).toContain(place);
          }
        }
      });
    }
  });

  it('rates a status question as the checklist does', () => {
    const statusQuestions = questions.filter((q) => q.kind === 'status');
    expect(statusQuestions.length).toBeGreaterThan(0);
    for (const question of statusQuestions) {
      const answer = choicesOf(question).find((c) => c.isAnswer);
      const commitment = question.about.kind === 'commitment' && commitmentById(question.about.id);
      expect(commitment, question.id).toBeTruthy();
      expect(answer?.kind === 'status' && answer.status).toBe(
        commitment && currentStatus(commitment),
      );
    }
    // This question's prompt names two ratings of the checklist.
    const compare = questions.find((q) => q.id === 'working-holiday-compare');
    const status = (id: string) => {
      const commitment = commitmentById(id);
      return commitment && statuses.find((s) => s.id === currentStatus(commitment))?.label;
    };
    expect(compare?.prompt).toContain(status('shuttle-diplomacy')?.toLowerCase());
    expect(compare?.prompt).toContain(status('working-holiday')?.toLowerCase());
  });

  it('never lets a right answer echo the words of its question', () => {
    for (const question of resolved) {
      expect(echoes(question.prompt, question.answer.label), question.id).toEqual([]);
    }
  });

  it('would catch an answer that echoes its question', () => {
    const social = commitmentById('shared-social-problems');
    expect(social).toBeDefined();
    const prompt = 'Which commitment created a new joint body on problems such as low birth rates?';
    expect(echoes(prompt, social?.title ?? '')).toEqual(['joint', 'problem']);
    expect(echoes('Where did the leaders meet?', 'Kananaskis, Canada')).toEqual([]);
  });

  it('does not keep the right answer in one place in the data', () => {
    const places = resolved.map((q) => q.choices.findIndex((c) => c.isAnswer));
    const mostAtOnePlace = Math.max(...places.map((p) => places.filter((q) => q === p).length));
    expect(mostAtOnePlace / places.length).toBeLessThanOrEqual(0.4);
  });

  it('links every question to a part of the story and cites sources that exist', () => {
    for (const question of questions) {
      expect(refExists(question.about), question.id).toBe(true);
      expect(question.citations.length, question.id).toBeGreaterThan(0);
      for (const citation of question.citations) {
        if (citation.kind === 'reference')
          expect(referenceById(citation.referenceId), question.id).toBeDefined();
      }
    }
  });

  it('reads plainly: no sentence over 25 words', () => {
    const written = questions.flatMap((q) => [
      q.prompt,
      ...choicesOf(q).flatMap((c) => ('label' in c ? [c.label, c.why] : [c.why])),
    ]);
    const long = written.flatMap(sentences).filter((sentence) => wordCount(sentence) > 25);
    expect(long).toEqual([]);
  });
});

describe('the answer key', () => {
  it('gives each question, in order, its right answer and why', () => {
    const key = quizAnswerKey();
    expect(key.map((entry) => entry.number)).toEqual(resolved.map((_, index) => index + 1));
    for (const [index, entry] of key.entries()) {
      const question = questions[index];
      const answer = question && choicesOf(question).find((c) => c.isAnswer);
      expect(entry.prompt).toBe(question?.prompt);
      expect(entry.why).toBe(answer?.why);
      expect(entry.answer).toBe(resolved[index]?.answer.label);
      expect(entry.about).toEqual(question?.about);
    }
  });
});

describe('the shuffle', () => {
  /** A repeatable stand-in for Math.random. */
  function seeded(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it('puts every choice in every place, and never repeats the order before', () => {
    const random = seeded(7);
    const seen = new Set<string>();
    let previous = [0, 1, 2, 3];
    for (let round = 0; round < 400; round += 1) {
      const next = shuffledOrder(previous, random);
      expect([...next].sort()).toEqual([0, 1, 2, 3]);
      expect(next).not.toEqual(previous);
      seen.add(next.join());
      previous = next;
    }
    expect(seen.size).toBe(24);
  });

  it('moves something even when chance would repeat the order', () => {
    const never = () => 0.999;
    const order = shuffledOrder([0, 1, 2], never);
    expect(order).not.toEqual([0, 1, 2]);
    expect(shuffledOrder(order, never)).not.toEqual(order);
  });
});
