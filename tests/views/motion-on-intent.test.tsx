import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

// A stand-in for framer-motion's kit: what matters here is when it is asked for.
vi.mock('../../src/components/motionKit', () => ({ SpringFill: () => null }));

type MotionModule = typeof import('../../src/components/useMotionKit');
let motion: MotionModule;
let stopListening = () => {};

beforeEach(async () => {
  // A fresh copy per test: nothing loaded yet, nothing listening yet.
  vi.resetModules();
  motion = await import('../../src/components/useMotionKit');
  stopListening = motion.loadMotionKitOnIntent('/');
});
afterEach(() => stopListening());

/** Whatever the app has asked for by now has arrived. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Says whether the animated parts are there, as a part that animates on arrival would see it. */
function ArrivingPart() {
  return <p>{motion.useLoadedMotionKit() ? 'animated' : 'still'}</p>;
}

/** A bar that springs as the reader ticks: it animates in place, on the page as it is. */
function SpringingBar() {
  return <p>{motion.useMotionKit() ? 'animated' : 'still'}</p>;
}

/** A page with links, text and a checkbox; with a springing bar on it, or not. */
function Page({ animatesInPlace }: { animatesInPlace: boolean }) {
  return (
    <MemoryRouter>
      <a href="/timeline">Timeline</a>
      <a href="#main">Skip to the page</a>
      <a href="https://example.org/elsewhere">Another site</a>
      <p>Some text to read</p>
      <input type="checkbox" aria-label="Discussed" />
      {animatesInPlace ? <SpringingBar /> : <ArrivingPart />}
    </MemoryRouter>
  );
}

describe('framer-motion loads when the reader heads for another page', () => {
  it('not for a reader who reads, scrolls, follows a skip link or leaves the site', async () => {
    render(<Page animatesInPlace={false} />);
    fireEvent.pointerOver(screen.getByText('Some text to read'));
    fireEvent.pointerDown(screen.getByText('Some text to read'));
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    fireEvent.focusIn(screen.getByRole('link', { name: 'Skip to the page' }));
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Another site' }));
    fireEvent.pointerDown(screen.getByRole('checkbox', { name: 'Discussed' }));
    await settle();
    expect(screen.getByText('still')).toBeInTheDocument();
  });

  it('when a pointer reaches a link to another page', async () => {
    render(<Page animatesInPlace={false} />);
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Timeline' }));
    expect(await screen.findByText('animated')).toBeInTheDocument();
  });

  it('when the keyboard focuses a link to another page', async () => {
    render(<Page animatesInPlace={false} />);
    fireEvent.focusIn(screen.getByRole('link', { name: 'Timeline' }));
    expect(await screen.findByText('animated')).toBeInTheDocument();
  });

  it('on a page that animates in place, when the reader reaches for a control', async () => {
    render(<Page animatesInPlace />);
    fireEvent.pointerOver(screen.getByText('Some text to read'));
    await settle();
    expect(screen.getByText('still')).toBeInTheDocument();
    fireEvent.pointerDown(screen.getByRole('checkbox', { name: 'Discussed' }));
    expect(await screen.findByText('animated')).toBeInTheDocument();
  });

  it('never for a reader who asks for less motion, until they stop asking', async () => {
    const prefersLessMotion = (wantsLess: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: wantsLess && query === '(prefers-reduced-motion: reduce)',
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }));
    prefersLessMotion(true);
    const { rerender } = render(<Page animatesInPlace />);
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Timeline' }));
    fireEvent.pointerDown(screen.getByRole('checkbox', { name: 'Discussed' }));
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await motion.loadMotionKit();
    await settle();
    // Had it loaded, it would show now that the reader no longer asks for less motion.
    prefersLessMotion(false);
    rerender(<Page animatesInPlace />);
    expect(screen.getByText('still')).toBeInTheDocument();
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Timeline' }));
    expect(await screen.findByText('animated')).toBeInTheDocument();
  });
});
