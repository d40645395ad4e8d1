import { quiz } from './quiz';
import { allStatuses, commitmentById, currentStatus, statusById } from './commitmentSelectors';
import { eventById } from './eventSelectors';
import { personById } from './peopleSelectors';
import { textOf, type Text } from './text';
import type { Citation, ContentRef, QuizQuestion } from './types';

/** A quiz question ready to ask: its choices in a fixed order, the right one, and why. */
export interface ResolvedQuizQuestion {
  id: string;
  prompt: string;
  choices: { id: string; label: string }[];
  correctId: string;
  /** Why the answer is right, from the item it comes from. */
  explanation: string;
  /** Where the story explains it. */
  about: ContentRef;
  citations: readonly Citation[];
}

/** A stable order for the choices, so the right answer is not always first (or always last). */
function arrange<T extends { id: string }>(items: T[], seed: string): T[] {
  const score = (text: string) =>
    [...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  return [...items].sort((a, b) => score(seed + a.id) - score(seed + b.id));
}

/** A question whose choices are items of one kind: the answer and its distractors, by id. */
function chooseAmong<T extends { id: string }>(
  question: QuizQuestion,
  find: (id: string) => T | undefined,
  show: {
    label: (item: T) => string;
    explain: (item: T) => string;
    about: (item: T) => ContentRef;
    cite: (item: T) => readonly Citation[];
  },
): ResolvedQuizQuestion | undefined {
  const answer = find(question.answer.id);
  if (!answer) return undefined;
  const options = [question.answer.id, ...question.distractors].flatMap((id) => find(id) ?? []);
  return {
    id: question.id,
    prompt: question.prompt,
    choices: arrange(
      options.map((item) => ({ id: item.id, label: show.label(item) })),
      question.id,
    ),
    correctId: answer.id,
    explanation: show.explain(answer),
    about: show.about(answer),
    citations: show.cite(answer),
  };
}

function resolve(question: QuizQuestion, text: Text): ResolvedQuizQuestion | undefined {
  const { answer } = question;
  const { explanations } = text.words.classroom.quiz;
  switch (answer.kind) {
    case 'event-date':
    case 'event-title':
      return chooseAmong(question, eventById, {
        label: (e) => (answer.kind === 'event-date' ? text.date(e.date) : e.title),
        explain: (e) =>
          text.fill(explanations.event, {
            title: e.title,
            date: text.date(e.date),
            summary: e.summary,
          }),
        about: (e) => ({ kind: 'event', id: e.id }),
        cite: (e) => e.citations,
      });
    case 'person':
      return chooseAmong(question, personById, {
        label: (p) => p.name,
        explain: (p) => text.fill(explanations.person, { name: p.name, summary: p.summary.text }),
        about: (p) => ({ kind: 'person', id: p.id }),
        cite: (p) => p.summary.citations,
      });
    case 'commitment':
      return chooseAmong(question, commitmentById, {
        label: (c) => c.title,
        explain: (c) => text.fill(explanations.commitment, { title: c.title, summary: c.summary }),
        about: (c) => ({ kind: 'commitment', id: c.id }),
        cite: (c) => c.citations,
      });
    case 'commitment-status': {
      // The choices are the status scale itself, not other commitments.
      const commitment = commitmentById(answer.id);
      if (!commitment) return undefined;
      return {
        id: question.id,
        prompt: question.prompt,
        choices: allStatuses().map((s) => ({ id: s.id, label: s.label })),
        correctId: currentStatus(commitment),
        explanation: text.fill(explanations.status, {
          status: statusById(currentStatus(commitment)).label,
          evidence: commitment.evidence,
        }),
        about: { kind: 'commitment', id: commitment.id },
        citations: commitment.citations,
      };
    }
  }
}

/** The self-check quiz, every question resolved against the content, in the words of `text`. */
export const quizQuestions = (text: Text = textOf()): ResolvedQuizQuestion[] =>
  quiz.flatMap((q) => resolve(q, text) ?? []);
