import { act, screen, within } from '@testing-library/react';
import { themeStorageKey } from '../../src/components/ThemeToggle';
import { currentUrl, renderRoute } from '../renderRoute';

describe('finding the way around', () => {
  it('reaches every section from the navigation and marks the current one', async () => {
    const { user, router } = renderRoute('/');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const visits = [
      ['Timeline', '/timeline', 'How we got here'],
      ['Leaders', '/leaders', 'The leaders'],
      ['Checklist', '/commitments', 'What they promised'],
      ['Sources', '/sources', 'Sources and method'],
    ] as const;
    for (const [label, path, heading] of visits) {
      await user.click(within(nav).getByRole('link', { name: label }));
      expect(currentUrl(router)).toBe(path);
      expect(within(nav).getByRole('link', { name: label })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const h1 = await screen.findByRole('heading', { level: 1, name: heading });
      expect(h1).toHaveFocus();
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    }
  });

  it('announces each new page to screen readers', async () => {
    const { user } = renderRoute('/');
    await user.click(screen.getByRole('link', { name: 'Leaders' }));
    expect(
      await screen.findByText('Navigated to The leaders · Tokyo summit explainer'),
    ).toBeInTheDocument();
  });

  it('goes back and forward through history', async () => {
    const { user, router } = renderRoute('/');
    await user.click(screen.getByRole('link', { name: 'Timeline' }));
    await user.click(screen.getByRole('link', { name: 'The Tokyo summit' }));
    await act(() => router.navigate(-1));
    expect(currentUrl(router)).toBe('/timeline');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How we got here' }),
    ).toBeInTheDocument();
    await act(() => router.navigate(1));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The Tokyo summit' }),
    ).toBeInTheDocument();
  });
});

describe('the theme', () => {
  it('switches to dark and back, and remembers the choice', async () => {
    const { user, unmount } = renderRoute('/');
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(themeStorageKey)).toBe('dark');
    unmount();

    renderRoute('/');
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('still switches when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = renderRoute('/');
    await user.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
