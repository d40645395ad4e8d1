import { screen, within } from '@testing-library/react';
import { commitmentsOfPerson } from '../../src/content/commitmentSelectors';
import { eventsOfPerson } from '../../src/content/eventSelectors';
import { personById, principals, supportingCast } from '../../src/content/peopleSelectors';
import { profileFacts, profileOf } from '../../src/content/profileSelectors';
import { latestOffice, officeLine } from '../../src/content/offices';
import type { Person } from '../../src/content/types';
import { currentUrl, renderRoute } from '../renderRoute';
import { shownText } from '../shownText';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

const person = (id: string): Person => {
  const found = personById(id);
  if (!found) throw new Error(`no person ${id}`);
  return found;
};

describe('the leaders', () => {
  it('introduces the two leaders and the others in the story', () => {
    renderRoute('/leaders');
    expect(screen.getByRole('heading', { level: 1, name: 'The leaders' })).toBeInTheDocument();
    for (const p of [...principals(), ...supportingCast()]) {
      expect(
        screen.getByRole('heading', { level: 2, name: new RegExp(p.name) }),
      ).toBeInTheDocument();
      expect(screen.getByText(shownText(p.summary.text))).toBeInTheDocument();
    }
  });

  it('opens a profile from its card', async () => {
    const { user, router } = renderRoute('/leaders');
    await user.click(screen.getByRole('link', { name: 'Profile of Lee Jae Myung' }));
    expect(currentUrl(router)).toBe('/leaders/lee-jae-myung');
    expect(await screen.findByRole('heading', { level: 1, name: /Lee Jae Myung/ })).toHaveFocus();
  });
});

describe('a leader’s profile', () => {
  it.each(['shigeru-ishiba', 'lee-jae-myung'])('%s: names, office, and every section', (id) => {
    renderRoute(`/leaders/${id}`);
    const p = person(id);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(p.name);
    expect(within(heading).getByText(p.nativeName ?? '')).toHaveAttribute('lang', p.nativeLang);
    const office = latestOffice(p);
    expect(
      office && screen.getAllByText(shownText(startsWith(officeLine(office)))),
    ).not.toHaveLength(0);
    for (const title of [
      'Path to power',
      'On Japan and Korea',
      'Pressures at home',
      'At the summit',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    for (const fact of profileFacts(p.id)) {
      expect(screen.getByText(shownText(fact.text))).toBeInTheDocument();
    }
    expect(document.title).toMatch(new RegExp(`^${p.name} · `));
  });

  it('lists what the leader committed to and their events, each a link', () => {
    renderRoute('/leaders/shigeru-ishiba');
    const commitments = screen.getByRole('region', { name: /committed to/ });
    for (const c of commitmentsOfPerson('shigeru-ishiba')) {
      expect(within(commitments).getByRole('link', { name: c.title })).toHaveAttribute(
        'href',
        `/commitments#${c.id}`,
      );
    }
    const timeline = screen.getByRole('region', { name: 'On the timeline' });
    expect(within(timeline).getAllByRole('link')).toHaveLength(
      eventsOfPerson('shigeru-ishiba').length,
    );
  });

  it('shows a short profile for others in the story', () => {
    renderRoute('/leaders/yoon-suk-yeol');
    expect(screen.getByRole('heading', { level: 1, name: /Yoon Suk Yeol/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Path to power' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Yoon declares martial law' })).toBeInTheDocument();
  });

  it('draws a monogram instead of a photograph', () => {
    renderRoute('/leaders/lee-jae-myung');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('LJ')).toBeInTheDocument();
  });

  it('suggests the closest leaders for a misspelt address', async () => {
    const { user, router } = renderRoute('/leaders/lee-jae-myeong');
    expect(
      screen.getByRole('heading', { level: 1, name: 'We couldn’t find that leader' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^No such leader/);
    await user.click(screen.getByRole('link', { name: 'Lee Jae Myung' }));
    expect(currentUrl(router)).toBe('/leaders/lee-jae-myung');
  });
});

describe('the comparison', () => {
  it('sets the two leaders side by side, row by row', () => {
    renderRoute('/leaders/compare');
    expect(screen.getByRole('heading', { level: 1, name: 'Side by side' })).toBeInTheDocument();
    for (const title of [
      'Path to power',
      'On Japan and Korea',
      'Pressures at home',
      'At the summit',
    ]) {
      const row = screen.getByRole('region', { name: title });
      for (const p of principals()) {
        expect(within(row).getByRole('heading', { level: 3, name: p.name })).toBeInTheDocument();
      }
    }
    for (const p of principals()) {
      for (const fact of profileOf(p.id).pressures)
        expect(screen.getByText(shownText(fact.text))).toBeInTheDocument();
    }
  });

  it('is reached from a profile', async () => {
    const { user, router } = renderRoute('/leaders/shigeru-ishiba');
    await user.click(screen.getByRole('link', { name: 'Compare the two leaders' }));
    expect(currentUrl(router)).toBe('/leaders/compare');
  });
});
