import { act, screen, within } from '@testing-library/react';
import { theExitTicket } from '../../src/content/classroomSelectors';
import { refLabel } from '../../src/content/refSelectors';
import { theStory } from '../../src/content/storySelectors';
import { textOf } from '../../src/content/text';
import { exitTicketStorageKey } from '../../src/views/classroom/useExitTicket';
import { renderRoute } from '../renderRoute';

const words = textOf().words.classroom;
const ticket = theExitTicket();
const [firstEvidence] = ticket.evidence;
const exitTicket = () => within(screen.getByRole('region', { name: words.exitTicket.heading }));
const answerBox = () => exitTicket().getByRole('textbox', { name: ticket.prompt });
const evidenceChoice = () => exitTicket().getByRole('radio', { name: refLabel(firstEvidence) });

// Typing into a page this size is slow on a loaded machine; these tests type whole sentences.
describe('the student view', { timeout: 20_000 }, () => {
  beforeEach(() => window.localStorage.clear());

  it('gives a student the story, the quiz and the exit ticket on one page', () => {
    renderRoute('/student');
    expect(screen.getByRole('heading', { level: 1, name: words.student.heading })).toBeVisible();
    const story = screen.getByRole('region', { name: words.student.storyHeading });
    expect(within(story).getAllByRole('listitem').length).toBeGreaterThanOrEqual(
      theStory().takeaways.length,
    );
    expect(screen.getByRole('region', { name: words.student.quizHeading })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: words.exitTicket.heading })).toBeInTheDocument();
  });

  it('keeps a half-written exit ticket through a reload, and lets the student clear and undo', async () => {
    const view = renderRoute('/student');
    await view.user.type(answerBox(), 'Yes, because the visits kept going.');
    await view.user.click(evidenceChoice());
    view.unmount();

    const { user } = renderRoute('/student');
    expect(answerBox()).toHaveValue('Yes, because the visits kept going.');
    expect(evidenceChoice()).toBeChecked();

    await user.click(exitTicket().getByRole('button', { name: words.exitTicket.clear }));
    expect(answerBox()).toHaveValue('');
    expect(exitTicket().getByRole('status')).toHaveTextContent(words.exitTicket.cleared);
    await user.click(exitTicket().getByRole('button', { name: words.exitTicket.undo }));
    expect(answerBox()).toHaveValue('Yes, because the visits kept going.');
  });

  it('copies the ticket as plain text with the question, the answer and the evidence', async () => {
    const { user } = renderRoute('/student');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(exitTicket().getByRole('button', { name: words.exitTicket.copy })).toBeDisabled();

    await user.type(answerBox(), 'Not yet: history still divides them.');
    await user.click(evidenceChoice());
    await user.click(exitTicket().getByRole('button', { name: words.exitTicket.copy }));

    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(copied).toContain(ticket.prompt);
    expect(copied).toContain('Not yet: history still divides them.');
    expect(copied).toContain(refLabel(firstEvidence));
    expect(exitTicket().getByRole('status')).toHaveTextContent(words.exitTicket.copied);
  });

  it('says so when the browser cannot copy, so the student copies by hand', async () => {
    const { user } = renderRoute('/student');
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    await user.type(answerBox(), 'Maybe.');
    await user.click(exitTicket().getByRole('button', { name: words.exitTicket.copy }));
    expect(exitTicket().getByRole('status')).toHaveTextContent(words.exitTicket.copyFailed);
  });

  it('starts a fresh ticket, and says why, when what was saved cannot be read', () => {
    window.localStorage.setItem(exitTicketStorageKey, '{not json');
    renderRoute('/student');
    expect(answerBox()).toHaveValue('');
    expect(screen.getByText(words.exitTicket.corrupted)).toBeInTheDocument();
  });

  it('warns that the answer will not be kept when the browser blocks storage', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { user } = renderRoute('/student');
    await user.type(answerBox(), 'Yes');
    expect(answerBox()).toHaveValue('Yes');
    expect(screen.getByText(words.exitTicket.unsaved)).toBeInTheDocument();
    act(() => setItem.mockRestore());
  });
});
