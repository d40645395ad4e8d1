import { screen, within } from '@testing-library/react';
import { commitmentsOfPerson } from '../../src/content/commitmentSelectors';
import { eventsOfPerson, summitDay } from '../../src/content/eventSelectors';
import { personById, principals, supportingCast } from '../../src/content/peopleSelectors';
import { profileFacts, profileOf } from '../../src/content/profileSelectors';
import { latestOffice, officeDates, officeLine, postsOf } from '../../src/content/offices';
import { textOf } from '../../src/content/text';
import type { Person } from '../../src/content/types';
import { currentUrl, renderRoute } from '../renderRoute';
import { shownText } from '../shownText';
import { markerName } from '../support/citations';

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

  it('gives each seat in parliament with its dates and sources, beside the offices', () => {
    renderRoute('/leaders/shigeru-ishiba');
    const seats = screen.getByRole('region', { name: 'Seat in parliament' });
    const [seat] = person('shigeru-ishiba').seats ?? [];
    if (!seat) throw new Error('Ishiba has no seat');
    expect(seats).toHaveTextContent(`${seat.title}, ${officeDates(seat)}`);
    expect(seats).toHaveTextContent(
      /since 1986 \(in office in our latest source, 8 February 2026\)/,
    );
    expect(
      within(seats).getAllByRole('button', { name: markerName(seat.citations) }),
    ).not.toHaveLength(0);
  });

  it('gives a seat given up with both its dates', () => {
    renderRoute('/leaders/lee-jae-myung');
    expect(screen.getByRole('region', { name: 'Seat in parliament' })).toHaveTextContent(
      '1 June 2022 – 4 June 2025',
    );
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

describe('an unknown leader address', () => {
  it('offers the two leaders when no name is close', async () => {
    const { user, router } = renderRoute('/leaders/someone-else');
    expect(
      screen.getByRole('heading', { level: 1, name: 'We couldn’t find that leader' }),
    ).toBeInTheDocument();
    const offered = screen.getByRole('list', { name: 'Did you mean' });
    const names = within(offered)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(principals().map((p) => p.name));
    const [first] = principals();
    await user.click(screen.getByRole('link', { name: first?.name }));
    expect(currentUrl(router)).toBe(`/leaders/${first?.id}`);
  });

  it('offers only the close names when there are some', () => {
    renderRoute('/leaders/kishida');
    const kishida = person('fumio-kishida');
    expect(screen.getByRole('link', { name: kishida.name })).toBeInTheDocument();
    const notClose = principals().find((p) => p.id === 'lee-jae-myung');
    expect(screen.queryByRole('link', { name: notClose?.name })).not.toBeInTheDocument();
  });
});

describe('two lives side by side', () => {
  const text = textOf('en');
  const words = text.words.pictures.careers;
  const figure = () => screen.getByRole('figure', { name: new RegExp(`^${words.title}`) });

  it('draws both careers on the comparison, every office and seat in its data with its dates', () => {
    renderRoute('/leaders/compare');
    for (const p of principals()) {
      const table = within(figure()).getByRole('table', {
        name: text.fill(words.caption, { name: p.name }),
      });
      for (const { post: office } of postsOf(p)) {
        const row = within(table).getByRole('row', { name: startsWith(office.title) });
        expect(row).toHaveTextContent(text.date(office.start));
        const confirmed = office.confirmedOn;
        const end = office.end
          ? text.date(office.end)
          : confirmed
            ? text.fill(words.stillHeld, { date: text.date({ precision: 'day', day: confirmed }) })
            : words.stillHeldUndated;
        expect(row).toHaveTextContent(end);
      }
      if (p.born) {
        const row = within(table).getByRole('row', { name: startsWith(words.bornRow) });
        expect(row).toHaveTextContent(text.date(p.born.date));
      }
    }
  });

  it('labels every office and seat bar with its title, on the same axis as the summit', () => {
    renderRoute('/leaders/compare');
    for (const p of principals())
      for (const { post: office } of postsOf(p))
        // Once over its bar, once in the table of its data.
        expect(within(figure()).getAllByText(office.title)).toHaveLength(2);
    expect(
      within(figure()).getByText(
        text.fill(words.summit, { date: text.date({ precision: 'day', day: summitDay() }) }),
      ),
    ).toBeInTheDocument();
  });
});
