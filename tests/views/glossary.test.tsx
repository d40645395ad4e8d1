import { screen, within } from '@testing-library/react';
import { glossary } from '../../src/content/glossary';
import { glossaryMarker } from '../../src/content/glossaryText';
import { eventById } from '../../src/content/eventSelectors';
import { renderRoute } from '../renderRoute';
import { markerName } from '../support/citations';

/** Every way the text writes a glossary term, in lower case. */
const termForms = new Set(glossary.flatMap((term) => term.forms.map((form) => form.toLowerCase())));
/** Whether a button is a glossary term, not the sources marker after a fact. */
const isTerm = (button: HTMLElement) => termForms.has(button.textContent?.toLowerCase() ?? '');

/** The first glossary term in a text, as the reader sees it written. */
function firstTermIn(text: string) {
  const part = glossaryMarker()(text).find((p) => typeof p !== 'string');
  if (!part) throw new Error(`no glossary term in: ${text}`);
  return part;
}

describe('glossary terms in the story', () => {
  it('explain themselves in place, with their sources and a way to the full glossary', async () => {
    const event = eventById('g7-kananaskis');
    if (!event) throw new Error('the content has no G7 meeting');
    const { term, text } = firstTermIn(event.summary);
    const { user, router } = renderRoute(`/timeline/${event.id}`);

    const button = screen.getByRole('button', { name: text });
    // A popover hangs off its button by id, which no role query follows.
    // eslint-disable-next-line testing-library/no-node-access
    const definition = document.getElementById(button.getAttribute('popovertarget') ?? '');
    if (!definition) throw new Error('the term opens nothing');
    expect(definition).toHaveAttribute('popover', 'auto');
    expect(definition).toHaveTextContent(term.term);
    expect(definition).toHaveTextContent(term.definition);
    // Its sources, behind a marker of their own.
    expect(
      within(definition).getByRole('button', { name: markerName(term.citations), hidden: true }),
    ).toHaveAttribute('popovertarget');
    // Hidden until the button opens it; jsdom cannot open popovers, so tests/e2e/glossary does.
    expect(definition).not.toBeVisible();

    await user.click(
      within(definition).getByRole('link', { name: 'All terms in the glossary', hidden: true }),
    );
    expect(router.location.pathname + router.location.hash).toBe(`/classroom#term-${term.id}`);
    expect(screen.getByText(term.definition, { selector: 'dd' })).toBeInTheDocument();
  });

  it('are explained once per passage, at their first mention', () => {
    renderRoute('/leaders/shigeru-ishiba');
    const section = screen.getByRole('region', { name: 'At the summit' });
    const terms = within(section)
      .getAllByRole('button')
      .filter(isTerm)
      .map((button) => button.textContent?.toLowerCase());
    expect(terms).toEqual([...new Set(terms)]);
    expect(terms).toEqual(
      expect.arrayContaining(['joint press announcement', 'shuttle diplomacy']),
    );
  });

  it('show up on the timeline, the profiles, the checklist and the home page', () => {
    for (const path of ['/', '/timeline', '/leaders', '/leaders/lee-jae-myung', '/commitments']) {
      const { unmount } = renderRoute(path);
      const terms = screen
        .getAllByRole('button')
        .filter((button) => button.hasAttribute('popovertarget') && isTerm(button));
      expect(terms.length, path).toBeGreaterThan(0);
      unmount();
    }
  });
});
