import { fireEvent, screen } from '@testing-library/react';
import { allEvents, principals } from '../../src/content/selectors';
import { slides } from '../../src/content/slides';
import { commandFor } from '../../src/views/present/deckKeys';
import { slideName } from '../../src/views/present/SlideContent';
import { currentUrl, renderRoute } from '../renderRoute';

const deck = slides();
const nameOf = (number: number) => {
  const slide = deck[number - 1];
  if (!slide) throw new Error(`the deck has no slide ${number}`);
  return slideName(slide);
};
const slideHeading = () => screen.getByRole('heading', { level: 1 });

describe('the key map', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'black'],
    ['.', 'black'],
    ['o', 'overview'],
    ['Escape', 'overview'],
    ['n', 'notes'],
  ])('%j means %s', (key, command) => {
    expect(commandFor(key, false)).toBe(command);
  });

  it('reads digits, and Enter after digits as a jump', () => {
    expect(commandFor('7', false)).toEqual({ digit: '7' });
    expect(commandFor('Enter', true)).toBe('jump');
    expect(commandFor('x', false)).toBeUndefined();
  });
});

describe('presenting the lesson', () => {
  it('builds the deck from the content: title, takeaways, every event, both leaders, checklist, questions', () => {
    expect(deck[0]?.kind).toBe('title');
    expect(deck.filter((s) => s.kind === 'event')).toHaveLength(allEvents().length);
    expect(deck.filter((s) => s.kind === 'leader')).toHaveLength(principals().length);
    expect(deck.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['title', 'takeaways', 'event', 'leader', 'commitments', 'questions']),
    );
  });

  it('opens on the slide a shared link names', () => {
    renderRoute('/present/3');
    expect(slideHeading()).toHaveTextContent(nameOf(3));
    expect(screen.getByText(`3 / ${deck.length}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress through the deck' })).toHaveAttribute(
      'value',
      '3',
    );
    expect(document.title).toMatch(/^Slide 3 · /);
  });

  it('moves with the keys a clicker sends', async () => {
    const { user, router } = renderRoute('/present');
    expect(slideHeading()).toHaveTextContent(nameOf(1));
    await user.keyboard('{ArrowRight}');
    expect(currentUrl(router)).toBe('/present/2');
    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/present/3');
    await user.keyboard('{Backspace}');
    expect(currentUrl(router)).toBe('/present/2');
    await user.keyboard('{End}');
    expect(currentUrl(router)).toBe(`/present/${deck.length}`);
    await user.keyboard('{ArrowRight}');
    expect(currentUrl(router)).toBe(`/present/${deck.length}`);
    await user.keyboard('{Home}');
    expect(currentUrl(router)).toBe('/present/1');
    expect(slideHeading()).toHaveTextContent(nameOf(1));
  });

  it('moves one slide per press, however fast the presses come', async () => {
    const { user, router } = renderRoute('/present/5');
    await user.keyboard('{PageUp}{PageUp}{PageUp}');
    expect(currentUrl(router)).toBe('/present/2');
  });

  it('jumps to a typed slide number on Enter', async () => {
    const { user, router } = renderRoute('/present/1');
    await user.keyboard('12');
    expect(screen.getByText('Go to slide 12…')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(currentUrl(router)).toBe('/present/12');
    expect(slideHeading()).toHaveTextContent(nameOf(12));
  });

  it('blacks out the screen and brings it back', async () => {
    const { user } = renderRoute('/present/2');
    await user.keyboard('b');
    expect(screen.getByText(/Screen blacked out/)).toBeInTheDocument();
    await user.keyboard('.');
    expect(screen.queryByText(/Screen blacked out/)).not.toBeInTheDocument();
  });

  it('shows an overview of every slide, and goes to the one picked', async () => {
    const { user, router } = renderRoute('/present/1');
    await user.keyboard('o');
    const overview = screen.getByRole('dialog', { name: 'All slides' });
    expect(overview).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: new RegExp(`^5 ${nameOf(5)}`) }));
    expect(currentUrl(router)).toBe('/present/5');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'All slides' })).toBeInTheDocument();
  });

  it('shows speaker notes drawn from the content', async () => {
    const { user } = renderRoute('/present/4');
    await user.keyboard('n');
    const notes = screen.getByRole('complementary', { name: 'Speaker notes' });
    expect(notes).toHaveTextContent(deck[3]?.notes ?? 'missing');
  });

  it('asks for full screen with F', async () => {
    const request = vi.fn().mockResolvedValue(undefined);
    document.documentElement.requestFullscreen = request;
    const { user } = renderRoute('/present/1');
    await user.keyboard('f');
    expect(request).toHaveBeenCalledOnce();
  });

  it('follows a swipe on a touch screen', () => {
    const { router } = renderRoute('/present/2');
    const stage = screen.getByRole('main');
    fireEvent.pointerDown(stage, { pointerType: 'touch', clientX: 300 });
    fireEvent.pointerUp(stage, { pointerType: 'touch', clientX: 100 });
    expect(currentUrl(router)).toBe('/present/3');
  });

  it('can be driven with buttons', async () => {
    const { user, router } = renderRoute('/present/1');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(currentUrl(router)).toBe('/present/2');
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(currentUrl(router)).toBe('/present/1');
  });

  it('says when a slide does not exist', () => {
    renderRoute('/present/999');
    expect(slideHeading()).toHaveTextContent('There is no slide 999');
    expect(screen.getByRole('link', { name: 'Start from the first slide' })).toHaveAttribute(
      'href',
      '/present/1',
    );
  });
});
