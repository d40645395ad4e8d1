import { screen, within } from '@testing-library/react';
import { allReferences } from '../../src/content/sourceSelectors';
import { allReportParagraphs, itemsCitingParagraph } from '../../src/content/citingItems';
import { currentUrl, renderRoute } from '../renderRoute';

describe('sources and method', () => {
  it('describes every paragraph of the report and every background source', () => {
    renderRoute('/sources');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sources and method' }),
    ).toBeInTheDocument();
    for (const paragraph of allReportParagraphs()) {
      expect(
        screen.getByRole('heading', { level: 3, name: `¶${paragraph.number}` }),
      ).toBeInTheDocument();
      expect(screen.getByText(paragraph.covers)).toBeInTheDocument();
    }
    // Each entry is found by its anchor (a citation link's target), then read as a reader would.
    for (const reference of allReferences()) {
      // eslint-disable-next-line testing-library/no-node-access -- the anchor is what a citation links to
      const anchor = document.getElementById(reference.id) ?? document.body;
      const entry = within(anchor).getByRole('article');
      expect(entry).toHaveAccessibleName(reference.title);
      expect(within(entry).getByRole('link', { name: reference.url })).toHaveAttribute(
        'href',
        reference.url,
      );
      expect(within(entry).getByText(/checked/)).toBeInTheDocument();
    }
    // One check per source, of which there are over 150: more than the default five seconds.
  }, 20_000);

  it('lists the items that cite a paragraph, and they lead back into the story', async () => {
    const { user, router } = renderRoute('/sources');
    const entry = screen.getByRole('article', { name: '¶4' });
    const citing = itemsCitingParagraph(4);
    await user.click(within(entry).getByText(`Cited by ${citing.length} items`));
    const first = citing[0];
    if (!first) throw new Error('¶4 is cited by nothing');
    await user.click(within(entry).getByRole('link', { name: first.label }));
    expect(currentUrl(router) + router.location.hash).toBe(first.path);
  });

  it('is where a citation link leads', async () => {
    const { user, router } = renderRoute('/timeline/tokyo-summit');
    await user.click(screen.getAllByRole('link', { name: 'Report ¶4' })[0] as HTMLElement);
    expect(currentUrl(router)).toBe('/sources');
    expect(router.location.hash).toBe('#paragraph-4');
  });
});
