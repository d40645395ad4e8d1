import { screen, within } from '@testing-library/react';
import {
  allDiscussionQuestions,
  allGlossaryTerms,
  allObjectives,
} from '../../src/content/classroomSelectors';
import { quizQuestions } from '../../src/content/quizSelectors';
import { allCommitments, currentStatus } from '../../src/content/commitmentSelectors';
import { allEvents } from '../../src/content/eventSelectors';
import { refExists } from '../../src/content/refSelectors';
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

describe('the classroom page', () => {
  it('sets out objectives, discussion questions that link to the story, and a glossary', async () => {
    const { user, router } = renderRoute('/classroom');
    expect(screen.getByRole('heading', { level: 1, name: 'In the classroom' })).toBeInTheDocument();
    for (const objective of allObjectives())
      expect(screen.getByText(objective)).toBeInTheDocument();
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
    const status = questions.find((q) => q.id === 'shuttle-status');
    const shuttle = allCommitments().find((c) => c.id === 'shuttle-diplomacy');
    expect(status?.correctId).toBe(shuttle && currentStatus(shuttle));
  });
});

describe('the self-check quiz', () => {
  it('says at once whether an answer is right, explains it and links to where it is explained', async () => {
    const { user } = renderRoute('/classroom');
    const question = await answer(user, 0, true);
    const feedback = screen.getByRole('status', { name: 'Feedback on question 1' });
    expect(within(feedback).getByText('Right.')).toBeInTheDocument();
    expect(
      within(feedback).getByText(new RegExp(escape(question.explanation.slice(0, 30)))),
    ).toBeInTheDocument();
    expect(
      within(feedback).getByRole('link', { name: 'Read more in the explainer' }),
    ).toHaveAttribute('href');
    expect(within(questionGroup(question.prompt)).getAllByRole('radio')[0]).toBeDisabled();
  });

  it('marks a wrong answer and shows the right one', async () => {
    const { user } = renderRoute('/classroom');
    const question = await answer(user, 1, false);
    expect(screen.getByText('Not quite.')).toBeInTheDocument();
    const group = questionGroup(question.prompt);
    const right = question.choices.find((c) => c.id === question.correctId);
    expect(
      within(group).getByRole('radio', { name: new RegExp(`${right?.label}.*Right answer`) }),
    ).toBeInTheDocument();
    expect(within(group).getByText('✗ Your answer')).toBeInTheDocument();
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
  });

  it('stores nothing on the device', async () => {
    const { user } = renderRoute('/classroom');
    const keysBefore = Object.keys(localStorage);
    await answer(user, 0, true);
    await answer(user, 1, false);
    expect(Object.keys(localStorage)).toEqual(keysBefore);
  });
});

describe('the handout', () => {
  it('puts the whole lesson in one document, and prints when asked from the classroom page', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user, router } = renderRoute('/classroom');
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    expect(currentUrl(router)).toBe('/classroom/handout');
    expect(print).toHaveBeenCalledOnce();
    for (const heading of [
      'Timeline',
      'The leaders',
      'Checklist: what they promised',
      'Questions to discuss',
      'Glossary',
      'Sources',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    for (const event of allEvents())
      expect(screen.getByText(`${event.title}.`)).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('does not print by itself when opened from a link', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoute('/classroom/handout');
    expect(print).not.toHaveBeenCalled();
  });
});
