import { screen, within } from '@testing-library/react';
import { allReferences } from '../../src/content/sourceSelectors';
import { allReportParagraphs, itemsCitingParagraph } from '../../src/content/citingItems';
import { dictionaries } from '../../src/content/dictionary';
import { eventById } from '../../src/content/eventSelectors';
import { textFrom } from '../../src/content/text';
import { paths } from '../../src/paths';
import { currentUrl, renderRoute } from '../renderRoute';
import { markerName, popoverOf } from '../support/citations';

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
    const summit = eventById('tokyo-summit');
    const cited = summit?.citations.find((citation) => citation.kind === 'report');
    if (!summit || cited?.kind !== 'report') throw new Error('the summit cites no paragraph');
    const { user, router } = renderRoute(paths.event(summit.id));
    // The marker after the event's text opens its sources (jsdom cannot open a popover: the
    // browser tests do), each a link to its entry here.
    const [marker] = screen.getAllByRole('button', { name: markerName(summit.citations) });
    if (!marker) throw new Error('the summit shows no sources');
    const name = textFrom(dictionaries.en).fill(dictionaries.en.common.citations.report, {
      paragraph: cited.paragraph,
    });
    await user.click(within(popoverOf(marker)).getByRole('link', { name, hidden: true }));
    expect(currentUrl(router) + router.location.hash).toBe(paths.paragraph(cited.paragraph));
  });
});
