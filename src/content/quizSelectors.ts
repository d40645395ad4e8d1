import { quiz } from './quiz';
import { statusById } from './commitmentSelectors';
import { eventById } from './eventSelectors';
import { personById } from './peopleSelectors';
import { textOf, type Text } from './text';
import type {
  Citation,
  ContentRef,
  QuizChoice,
  QuizKind,
  QuizQuestion,
  QuizQuestionId,
  QuizSkill,
} from './types';

// The quiz as the reader sees it: every choice labelled from the content, with why it is right
// or wrong; the answer key a teacher prints; and the shuffle the browser applies to the choices.

/** A choice ready to show: what it says and why it is right or wrong. */
export interface ResolvedQuizChoice {
  /** Stable within its question: the choice's place in the data order. */
  id: string;
  label: string;
  isAnswer: boolean;
  why: string;
}

/** A quiz question ready to ask, its choices in the data order. */
export interface ResolvedQuizQuestion {
  id: QuizQuestionId;
  prompt: string;
  skill: QuizSkill;
  kind: QuizKind;
  choices: ResolvedQuizChoice[];
  /** The id of the right choice. */
  correctId: string;
  /** The right choice. */
  answer: ResolvedQuizChoice;
  /** Where the story explains the answer. */
  about: ContentRef;
  citations: readonly Citation[];
}

const questions: readonly QuizQuestion[] = quiz;

/** What a choice says: a date, a name or a status read from the content, or its own words. */
function labelOf(choice: QuizChoice, text: Text): string | undefined {
  switch (choice.kind) {
    case 'date': {
      const event = eventById(choice.event);
      return event && text.date(event.date);
    }
    case 'person':
      return personById(choice.person)?.name;
    case 'status':
      return statusById(choice.status).label;
    default:
      return choice.label;
  }
}

function resolve(question: QuizQuestion, text: Text): ResolvedQuizQuestion | undefined {
  const choices = (question.choices as readonly QuizChoice[]).flatMap((choice, index) => {
    const label = labelOf(choice, text);
    if (label === undefined) return [];
    return [{ id: String(index), label, isAnswer: choice.isAnswer === true, why: choice.why }];
  });
  const answer = choices.find((choice) => choice.isAnswer);
  if (!answer) return undefined;
  return {
    id: question.id,
    prompt: question.prompt,
    skill: question.skill,
    kind: question.kind,
    choices,
    correctId: answer.id,
    answer,
    about: question.about,
    citations: question.citations,
  };
}

/** The self-check quiz, every question resolved against the content, in the words of `text`. */
export const quizQuestions = (text: Text = textOf()): ResolvedQuizQuestion[] =>
  questions.flatMap((q) => resolve(q, text) ?? []);

/** One line of the teacher's answer key: the question, its right answer, and why. */
export interface QuizKeyEntry {
  id: QuizQuestionId;
  /** The question's number in the quiz, from 1. */
  number: number;
  prompt: string;
  skill: QuizSkill;
  /** The right answer, as the choice shows it. */
  answer: string;
  /** Why it is right. */
  why: string;
  /** Where the story explains it. */
  about: ContentRef;
  citations: readonly Citation[];
}

/** The quiz's answer key, in the quiz's order, for the teacher's notes. */
export const quizAnswerKey = (text: Text = textOf()): QuizKeyEntry[] =>
  quizQuestions(text).map((question, index) => ({
    id: question.id,
    number: index + 1,
    prompt: question.prompt,
    skill: question.skill,
    answer: question.answer.label,
    why: question.answer.why,
    about: question.about,
    citations: question.citations,
  }));

/**
 * A new order for a question's choices, as indexes into the data order: a Fisher–Yates shuffle,
 * never the same as `previous`, so that "Try again" always moves something. `random` returns a
 * number in [0, 1), as `Math.random` does.
 */
export function shuffledOrder(
  previous: readonly number[],
  random: () => number = Math.random,
): number[] {
  const order = previous.map((_, index) => index);
  for (let last = order.length - 1; last > 0; last -= 1) {
    const pick = Math.floor(random() * (last + 1));
    const [a, b] = [order[last], order[pick]];
    if (a === undefined || b === undefined) continue;
    order[last] = b;
    order[pick] = a;
  }
  const isSame = order.every((value, index) => value === previous[index]);
  return isSame && order.length > 1 ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/** The data order of a question's choices: what the prerendered page shows before any shuffle. */
export const dataOrder = (question: ResolvedQuizQuestion): number[] =>
  question.choices.map((_, index) => index);
