import { formatDate } from './dates';
import { quiz } from './quiz';
import { allStatuses, commitmentById, eventById, personById, statusById } from './selectors';
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

function resolve(question: QuizQuestion): ResolvedQuizQuestion | undefined {
  const { answer } = question;
  switch (answer.kind) {
    case 'event-date':
    case 'event-title': {
      const event = eventById(answer.id);
      const options = [answer.id, ...question.distractors].flatMap((id) => eventById(id) ?? []);
      if (!event) return undefined;
      const label = (e: typeof event) =>
        answer.kind === 'event-date' ? formatDate(e.date) : e.title;
      return {
        id: question.id,
        prompt: question.prompt,
        choices: arrange(
          options.map((e) => ({ id: e.id, label: label(e) })),
          question.id,
        ),
        correctId: event.id,
        explanation: `${event.title}, ${formatDate(event.date)}: ${event.summary}`,
        about: { kind: 'event', id: event.id },
        citations: event.citations,
      };
    }
    case 'person': {
      const person = personById(answer.id);
      const options = [answer.id, ...question.distractors].flatMap((id) => personById(id) ?? []);
      if (!person) return undefined;
      return {
        id: question.id,
        prompt: question.prompt,
        choices: arrange(
          options.map((p) => ({ id: p.id, label: p.name })),
          question.id,
        ),
        correctId: person.id,
        explanation: `${person.name}: ${person.summary.text}`,
        about: { kind: 'person', id: person.id },
        citations: person.summary.citations,
      };
    }
    case 'commitment': {
      const commitment = commitmentById(answer.id);
      const options = [answer.id, ...question.distractors].flatMap(
        (id) => commitmentById(id) ?? [],
      );
      if (!commitment) return undefined;
      return {
        id: question.id,
        prompt: question.prompt,
        choices: arrange(
          options.map((c) => ({ id: c.id, label: c.title })),
          question.id,
        ),
        correctId: commitment.id,
        explanation: `${commitment.title}: ${commitment.summary}`,
        about: { kind: 'commitment', id: commitment.id },
        citations: commitment.citations,
      };
    }
    case 'commitment-status': {
      const commitment = commitmentById(answer.id);
      if (!commitment) return undefined;
      return {
        id: question.id,
        prompt: question.prompt,
        choices: allStatuses().map((s) => ({ id: s.id, label: s.label })),
        correctId: commitment.status,
        explanation: `${statusById(commitment.status).label}. ${commitment.evidence}`,
        about: { kind: 'commitment', id: commitment.id },
        citations: commitment.citations,
      };
    }
  }
}

/** The self-check quiz, every question resolved against the content. */
export const quizQuestions = (): ResolvedQuizQuestion[] => quiz.flatMap((q) => resolve(q) ?? []);
