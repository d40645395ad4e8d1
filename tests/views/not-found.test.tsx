import { screen } from '@testing-library/react';
import { currentUrl, renderRoute } from '../renderRoute';

describe('an address the explainer does not have', () => {
  it('says so kindly and links back into the story', async () => {
    const { user, router } = renderRoute('/summits/2025?x=%E0%A4%A');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This page isn’t here' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/summits/2025')).toBeInTheDocument();
    expect(document.title).toMatch(/^Page not found/);
    for (const name of [
      'The timeline',
      'The leaders',
      'The commitments checklist',
      'Sources and method',
    ]) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('link', { name: 'The story in a minute' }));
    expect(currentUrl(router)).toBe('/');
  });

  it('keeps the site navigation so the reader is never stuck', () => {
    renderRoute('/nowhere');
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
  });
});
