import { quiz } from '../../src/content/quiz';
import {
  coverage,
  coverageQuestions,
  learningObjectives,
  lessonPlan,
  primaryText,
  sortingSentences,
} from '../../src/content/lesson';
import { countries } from '../../src/content/taxonomy';
import type { ObjectiveCheck } from '../../src/content/types';

const minutes = (pick: (step: (typeof lessonPlan)[number]) => number | undefined) =>
  lessonPlan.reduce((sum, step) => sum + (pick(step) ?? 0), 0);

/** Whether the question an objective is checked by is one the lesson asks. */
function checkExists(check: ObjectiveCheck): boolean {
  switch (check.kind) {
    case 'quiz':
      return quiz.some((question) => question.id === check.id);
    case 'reading':
      return primaryText.questions.some((question) => question.id === check.id);
    case 'coverage':
      return coverageQuestions.some((question) => question.id === check.id);
    case 'exit-ticket':
      return true;
  }
}

describe('the lesson plan', () => {
  it('fills 50 minutes, and 30 in the short version', () => {
    expect(minutes((step) => step.minutes)).toBe(50);
    expect(minutes((step) => ('shortMinutes' in step ? step.shortMinutes : undefined))).toBe(30);
  });

  it('teaches every objective in a step of the plan and checks it with a question the lesson asks', () => {
    const stepIds = new Set<string>(lessonPlan.map((step) => step.id));
    for (const objective of learningObjectives) {
      expect(objective.taughtBy.length, objective.id).toBeGreaterThan(0);
      for (const step of objective.taughtBy) expect(stepIds, objective.id).toContain(step);
      expect(checkExists(objective.checkedBy), objective.id).toBe(true);
    }
  });

  it('gives every question of the primary text and the press comparison a model answer', () => {
    for (const question of [...primaryText.questions, ...coverageQuestions])
      expect(question.modelAnswer.length, question.id).toBeGreaterThan(40);
  });

  it('compares outlets from both countries, at least two from each', () => {
    for (const country of ['japan', 'south-korea'] as const) {
      expect(countries.map((c) => c.id)).toContain(country);
      expect(coverage.filter((item) => item.country === country).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has sentences of every kind to sort, from both countries’ sources, none longer than 30 words', () => {
    for (const kind of ['fact', 'opinion', 'commitment'] as const)
      expect(sortingSentences.filter((s) => s.kind === kind).length).toBeGreaterThanOrEqual(3);
    for (const sentence of sortingSentences)
      expect(sentence.words.split(/\s+/).length, sentence.id).toBeLessThanOrEqual(30);
  });

  it('keeps each excerpt of the primary text short enough to read aloud: 60 words at most', () => {
    for (const excerpt of primaryText.excerpts)
      expect(excerpt.words.split(/\s+/).length, excerpt.id).toBeLessThanOrEqual(60);
  });
});
