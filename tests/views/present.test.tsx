import { fireEvent, screen, within } from '@testing-library/react';
import { allEvents } from '../../src/content/eventSelectors';
import { principals } from '../../src/content/peopleSelectors';
import { allDiscussionQuestions } from '../../src/content/classroomSelectors';
import { glossaryMarker } from '../../src/content/glossaryText';
import { lessonSlides, slides } from '../../src/content/slides';
import { commandFor } from '../../src/views/present/deckKeys';
import { keyGuide, namedCommands } from '../../src/content/keyGuide';
import { currentUrl, renderRoute } from '../renderRoute';

const deck = slides();
const nameOf = (number: number) => {
  const slide = deck[number - 1];
  if (!slide) throw new Error(`the deck has no slide ${number}`);
  return slide.name;
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
    ['s', 'notesWindow'],
    ['S', 'notesWindow'],
  ])('%j means %s', (key, command) => {
    expect(commandFor(key, false)).toBe(command);
  });

  it('is the map the classroom page prints, key for key, with no command left out', () => {
    for (const entry of keyGuide())
      for (const key of entry.pressed)
        expect(commandFor(key, entry.command === 'jump'), `${key} in the guide`).toBe(
          entry.command,
        );
    expect(
      keyGuide()
        .map((entry) => entry.command)
        .sort(),
    ).toEqual([...namedCommands].sort());
  });

  it('reads digits, and Enter after digits as a jump', () => {
    expect(commandFor('7', false)).toEqual({ digit: '7' });
    expect(commandFor('Enter', true)).toBe('jump');
    expect(commandFor('x', false)).toBeUndefined();
  });
});

describe('presenting the lesson', () => {
  it('builds a lesson of 12 to 15 slides, with every event in an appendix after the end slide', () => {
    const lesson = lessonSlides(deck);
    expect(lesson.length).toBeGreaterThanOrEqual(12);
    expect(lesson.length).toBeLessThanOrEqual(15);
    expect(deck[0]?.kind).toBe('title');
    expect(lesson.at(-1)?.kind).toBe('end');
    expect(deck.slice(lesson.length).map((s) => s.kind)).toEqual(allEvents().map(() => 'event'));
    const leaders = deck.find((s) => s.kind === 'leaders');
    expect(leaders && 'people' in leaders && leaders.people).toEqual(principals());
  });

  it('puts every discussion question on a slide, two at most to a slide', () => {
    const questionSlides = deck.flatMap((s) => (s.kind === 'questions' ? [s.questions] : []));
    expect(questionSlides.flat()).toEqual(allDiscussionQuestions().map((q) => q.question));
    for (const questions of questionSlides) expect(questions.length).toBeLessThanOrEqual(2);
  });

  it('gives every slide of the lesson notes on what to say, what to ask and how long to spend', () => {
    for (const slide of lessonSlides(deck)) {
      expect(slide.notes, slide.name).toMatch(
        /^Say: .+ Ask: .+ Listen for: .+ Time: \d+ minutes?\.$/,
      );
    }
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

  it('blacks out over the overview, which closes so nothing shows above the black', async () => {
    const { user } = renderRoute('/present/2');
    await user.keyboard('o');
    expect(screen.getByRole('dialog', { name: 'All slides' })).toBeInTheDocument();
    await user.keyboard('b');
    expect(screen.getByText(/Screen blacked out/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'All slides' })).not.toBeInTheDocument();
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

describe('speaker notes in a second window', () => {
  const notesOf = (number: number) => deck[number - 1]?.notes ?? '';
  const nowShowing = (notes: HTMLElement) =>
    within(notes).getByRole('heading', { level: 2 }).textContent;

  it('opens with S, and falls back to notes on the slide if pop-ups are blocked', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderRoute('/present/2');
    await user.keyboard('s');
    expect(open).toHaveBeenCalledWith('/present/notes', 'speaker-notes', expect.any(String));
    expect(screen.getByRole('complementary', { name: 'Speaker notes' })).toHaveTextContent(
      notesOf(2),
    );
  });

  it('follows the deck, and its buttons move the deck', async () => {
    const {
      container: projector,
      router: deckRouter,
      user: presenter,
      unmount: closeDeck,
    } = renderRoute('/present/3');
    const { container: laptop } = renderRoute('/present/notes');
    const notes = within(laptop);
    await vi.waitFor(() => expect(nowShowing(laptop)).toContain(nameOf(3)));
    expect(notes.getByText(notesOf(3))).toBeInTheDocument();
    expect(notes.getByText(`Next: ${nameOf(4)}`)).toBeInTheDocument();
    expect(notes.getByRole('status')).toHaveTextContent('Following the deck');

    await presenter.click(within(projector).getByRole('button', { name: /Next/ }));
    await vi.waitFor(() => expect(nowShowing(laptop)).toContain(nameOf(4)));

    await presenter.click(notes.getByRole('button', { name: /Previous/ }));
    await vi.waitFor(() => expect(currentUrl(deckRouter)).toBe('/present/3'));
    await vi.waitFor(() => expect(nowShowing(laptop)).toContain(nameOf(3)));

    await presenter.click(notes.getByRole('button', { name: 'Black screen' }));
    await vi.waitFor(() =>
      expect(within(projector).getByText(/Screen blacked out/)).toBeInTheDocument(),
    );

    closeDeck();
    await vi.waitFor(() =>
      expect(notes.getByRole('status')).toHaveTextContent('Not connected to a deck'),
    );
  });

  it('reads through on its own when no deck is open', async () => {
    const { user } = renderRoute('/present/notes');
    expect(screen.getByRole('status')).toHaveTextContent('Not connected to a deck');
    expect(screen.getByText(notesOf(1))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByText(notesOf(2))).toBeInTheDocument();
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('12');
    expect(screen.getByRole('status')).toHaveTextContent('Go to slide 12…');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(nameOf(12));
    expect(document.title).toMatch(/^Speaker notes · /);
  });
});

describe('glossary terms on slides', () => {
  it('open their definitions in place, as in the explainer', () => {
    const number = deck.findIndex(
      (slide) =>
        slide.kind === 'event' &&
        glossaryMarker()(slide.event.summary).some((part) => typeof part !== 'string'),
    );
    const slide = deck[number];
    if (!slide || slide.kind !== 'event') throw new Error('no event slide names a glossary term');
    const part = glossaryMarker()(slide.event.summary).find((p) => typeof p !== 'string');
    if (!part || typeof part === 'string') throw new Error('no term');
    renderRoute(`/present/${number + 1}`);
    const button = screen.getByRole('button', { name: part.text });
    expect(button).toHaveAttribute('popovertarget');
  });
});
