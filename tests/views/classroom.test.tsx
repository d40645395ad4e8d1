import { act, screen, within } from '@testing-library/react';
import {
  allDiscussionQuestions,
  allGlossaryTerms,
  allObjectives,
} from '../../src/content/classroomSelectors';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { quizQuestions, type ResolvedQuizQuestion } from '../../src/content/quizSelectors';
import { primaryText } from '../../src/content/lesson';
import { textOf } from '../../src/content/text';
import { paths } from '../../src/paths';
import { Quiz } from '../../src/views/classroom/Quiz';
import { allCommitments, currentStatus, statusById } from '../../src/content/commitmentSelectors';
import { allEvents } from '../../src/content/eventSelectors';
import { refExists, refLabel } from '../../src/content/refSelectors';
import { currentUrl, renderRoute } from '../renderRoute';
import { keyGuide } from '../../src/content/keyGuide';

const questions = quizQuestions();
const questionGroup = (prompt: string) =>
  screen.getByRole('group', { name: new RegExp(escape(prompt)) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function answer(
  user: ReturnType<typeof renderRoute>['user'],
  index: number,
  pickRight: boolean,
) {
  const question = questions[index];
  if (!question) throw new Error(`no question ${index}`);
  const choice = question.choices.find((c) => (c.id === question.correctId) === pickRight);
  if (!choice) throw new Error('no such choice');
  await user.click(
    within(questionGroup(question.prompt)).getByRole('radio', { name: choice.label }),
  );
  return question;
}

// The classroom page holds the whole lesson: rendering it in jsdom takes seconds on a busy machine.
describe('the classroom page', { timeout: 20_000 }, () => {
  it('sets out objectives, discussion questions that link to the story, and a glossary', async () => {
    const { user, router } = renderRoute('/classroom');
    expect(screen.getByRole('heading', { level: 1, name: 'In the classroom' })).toBeInTheDocument();
    for (const objective of allObjectives())
      expect(screen.getByText(objective.text)).toBeInTheDocument();
    const discuss = screen.getByRole('region', { name: 'Questions to discuss' });
    expect(within(discuss).getAllByRole('listitem')).toHaveLength(allDiscussionQuestions().length);
    for (const term of allGlossaryTerms())
      expect(screen.getByText(term.definition)).toBeInTheDocument();
    await user.click(within(discuss).getAllByRole('link')[0] as HTMLElement);
    expect(currentUrl(router)).toMatch(/^\/(timeline|leaders|commitments)/);
  });

  it('tells the presenter which keys run the deck', () => {
    renderRoute('/classroom');
    const guide = screen.getByRole('region', { name: 'Presenting with a clicker' });
    for (const { keys, does } of keyGuide()) {
      expect(within(guide).getByText(keys)).toBeInTheDocument();
      expect(within(guide).getByText(does)).toBeInTheDocument();
    }
  });

  it('has 6 to 8 discussion questions and 8 to 10 quiz questions, all about real content', () => {
    expect(allDiscussionQuestions().length).toBeGreaterThanOrEqual(6);
    expect(allDiscussionQuestions().length).toBeLessThanOrEqual(8);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(10);
    for (const q of allDiscussionQuestions()) expect(refExists(q.about), q.id).toBe(true);
    for (const q of questions) {
      expect(
        q.choices.filter((c) => c.id === q.correctId),
        q.id,
      ).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.label)).size, q.id).toBe(q.choices.length);
    }
  });

  it('draws answers from the content: the summit’s date is the timeline’s date', () => {
    const summitQuestion = questions.find((q) => q.id === 'summit-date');
    const summit = allEvents().find((e) => e.id === 'tokyo-summit');
    expect(summitQuestion?.choices.find((c) => c.id === summitQuestion.correctId)?.label).toBe(
      '23 August 2025',
    );
    expect(summit).toBeDefined();
    const status = questions.find((q) => q.id === 'defence-status');
    const defence = allCommitments().find((c) => c.id === 'defence-cooperation');
    expect(status?.answer.label).toBe(defence && statusById(currentStatus(defence)).label);
  });
});

describe('the self-check quiz', () => {
  const text = textOf();
  const words = text.words.classroom.quiz;
  const feedbackOn = (index: number) =>
    screen.getByRole('status', {
      name: text.fill(words.feedbackLabel, { number: text.number(index + 1) }),
    });
  const readMore = (question: ResolvedQuizQuestion) =>
    text.fill(words.readMore, { item: refLabel(question.about, text) });
  /** What a student sees of each question: its choices, top to bottom. */
  const choicesShown = () =>
    questions.map((question) =>
      within(questionGroup(question.prompt))
        .getAllByRole('radio')
        .map((radio) => question.choices.find((c) => c.id === radio.getAttribute('value'))?.label),
    );
  const dataLabels = questions.map((question) => question.choices.map((c) => c.label));
  /** A repeatable stand-in for Math.random, so the shuffles are the same on every run. */
  const seeded = (seed: number) => {
    let state = seed;
    return () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
  };

  it('says at once why a right answer is right, and links to where the story explains it', async () => {
    const { user, router } = renderRoute('/classroom');
    const question = await answer(user, 0, true);
    const feedback = feedbackOn(0);
    expect(within(feedback).getByText(words.right)).toBeInTheDocument();
    expect(within(feedback).getByText(new RegExp(escape(question.answer.why)))).toBeInTheDocument();
    expect(within(questionGroup(question.prompt)).getAllByRole('radio')[0]).toBeDisabled();
    await user.click(within(feedback).getByRole('link', { name: readMore(question) }));
    expect(currentUrl(router)).toBe(paths.item(question.about));
  });

  it('after a wrong answer, says why that choice is wrong and what is right, with a link to read more', async () => {
    const index = questions.findIndex((q) => q.skill === 'evidence');
    const { user } = renderRoute('/classroom');
    const question = await answer(user, index, false);
    const picked = question.choices.find((c) => !c.isAnswer);
    const feedback = feedbackOn(index);
    expect(within(feedback).getByText(words.notQuite)).toBeInTheDocument();
    expect(within(feedback).getByText(new RegExp(escape(picked?.why ?? '?')))).toBeInTheDocument();
    expect(within(feedback).getByText(question.answer.label)).toBeInTheDocument();
    expect(within(feedback).getByText(new RegExp(escape(question.answer.why)))).toBeInTheDocument();
    expect(within(feedback).getByRole('link', { name: readMore(question) })).toHaveAttribute(
      'href',
      paths.item(question.about),
    );
    const group = questionGroup(question.prompt);
    expect(
      within(group).getByRole('radio', {
        name: new RegExp(`${escape(question.answer.label)}.*${escape(words.marks.right)}`),
      }),
    ).toBeInTheDocument();
    expect(
      within(group).getByRole('radio', {
        name: new RegExp(`${escape(picked?.label ?? '?')}.*${escape(words.marks.wrong)}`),
      }),
    ).toBeInTheDocument();
  });

  it('keeps score, and a retry starts again', async () => {
    const { user } = renderRoute('/classroom');
    for (let i = 0; i < questions.length; i += 1) await answer(user, i, i % 3 !== 0);
    const right = questions.filter((_, i) => i % 3 !== 0).length;
    expect(screen.getByText(`You scored ${right} out of ${questions.length}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText(`0 of ${questions.length} answered`)).toBeInTheDocument();
    expect(screen.queryByText('Right.')).not.toBeInTheDocument();
    expect(
      screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked),
    ).toBe(true);
  }, 20_000);

  it('shuffles the choices when the page runs, and again on “Try again”', async () => {
    vi.spyOn(Math, 'random').mockImplementation(seeded(42));
    const { user } = renderRoute('/classroom');
    const first = choicesShown();
    first.forEach((shown, i) => {
      expect([...shown].sort(), questions[i]?.id).toEqual([...(dataLabels[i] ?? [])].sort());
      expect(shown, questions[i]?.id).not.toEqual(dataLabels[i]);
    });
    await answer(user, 0, false);
    await user.click(screen.getByRole('button', { name: words.retry }));
    const second = choicesShown();
    second.forEach((shown, i) => expect(shown, questions[i]?.id).not.toEqual(first[i]));
  }, 20_000);

  it('as prerendered, and without JavaScript, keeps the data order with each answer behind a click', async () => {
    vi.spyOn(Math, 'random').mockImplementation(seeded(7));
    const quiz = (
      <MemoryRouter>
        <Quiz />
      </MemoryRouter>
    );
    // The page as the prerender wrote it: the only thing in the document.
    const container = document.createElement('div');
    container.innerHTML = renderToString(quiz);
    document.body.append(container);
    expect(choicesShown()).toEqual(dataLabels);
    expect(screen.getAllByText(words.showAnswer)).toHaveLength(questions.length);
    expect(screen.queryByRole('button', { name: words.retry })).not.toBeInTheDocument();
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    for (const question of questions) {
      for (const choice of question.choices)
        expect(screen.getAllByText(new RegExp(escape(choice.why))).length).toBeGreaterThan(0);
      expect(links).toContain(readMore(question));
    }

    // Once the script runs, it takes over the same HTML without a mismatch, then shuffles.
    const mismatches: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, quiz, { onRecoverableError: (error) => mismatches.push(error) }),
    );
    expect(mismatches).toEqual([]);
    expect(screen.queryByText(words.showAnswer)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: words.retry })).toBeInTheDocument();
    choicesShown().forEach((shown, i) => expect(shown).not.toEqual(dataLabels[i]));
    act(() => root.unmount());
    container.remove();
  }, 20_000);

  it('stores nothing on the device', async () => {
    const { user } = renderRoute('/classroom');
    const keysBefore = Object.keys(localStorage);
    await answer(user, 0, true);
    await answer(user, 1, false);
    expect(Object.keys(localStorage)).toEqual(keysBefore);
  });
});

describe('the handout', () => {
  it('prints a worksheet for students: the texts, the tasks, and empty boxes where the ratings go', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user, router } = renderRoute('/classroom');
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    expect(currentUrl(router)).toBe('/classroom/handout');
    expect(print).toHaveBeenCalledOnce();
    const words = textOf().words.classroom;
    for (const heading of [
      words.handout.keyDatesHeading,
      words.handout.leadersHeading,
      words.sorting.heading,
      words.exitTicket.heading,
      words.handout.worksheetHeading,
      words.handout.sourcesHeading,
    ])
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    for (const excerpt of primaryText.excerpts)
      expect(screen.getByText(excerpt.words)).toBeInTheDocument();
    const worksheet = screen.getByRole('region', { name: words.handout.worksheetHeading });
    const promises = within(worksheet).getAllByRole('listitem');
    expect(promises).toHaveLength(allCommitments().length);
    allCommitments().forEach((commitment, index) => {
      expect(promises[index]).toHaveTextContent(commitment.title);
      // The student decides: the explainer's rating is in the teacher notes, not beside the box.
      expect(promises[index]).not.toHaveTextContent(statusById(currentStatus(commitment)).label);
    });
    expect(within(worksheet).getAllByText(words.handout.yourRating)).toHaveLength(
      allCommitments().length,
    );
  });

  it('does not print by itself when opened from a link', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoute('/classroom/handout');
    expect(print).not.toHaveBeenCalled();
  });
});
