import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shareCardFile, writeShareCards } from '../../scripts/shareCards.mjs';
import { allCommitments, allStatuses, currentStatus } from '../../src/content/commitmentSelectors';
import { allEvents } from '../../src/content/eventSelectors';
import { allPeople } from '../../src/content/peopleSelectors';
import { slides } from '../../src/content/slides';
import { textOf } from '../../src/content/text';
import { prerenderPaths } from '../../src/entry-server';
import { paths } from '../../src/paths';
import { shareCardOf } from '../../src/shareCard';

const text = textOf();

describe('each page’s share card says what the page is', () => {
  it('an event: the timeline and its date, its title, its summary’s first sentence', () => {
    for (const event of allEvents()) {
      const card = shareCardOf(paths.event(event.id));
      expect(card.kind).toContain(text.date(event.date));
      expect(card.title).toBe(event.title);
      expect(event.summary.startsWith(card.line)).toBe(true);
      expect(card.line.length).toBeLessThanOrEqual(event.summary.length);
    }
  });

  it('a leader: a profile, with their name', () => {
    for (const person of allPeople()) {
      const card = shareCardOf(paths.leader(person.id));
      expect(card.kind).toBe(text.words.site.shareCard.kind.leader);
      expect(card.title).toBe(person.name);
      expect(person.summary.text.startsWith(card.line)).toBe(true);
    }
  });

  it('the checklist: how many commitments are at each status', () => {
    const card = shareCardOf(paths.commitments());
    for (const status of allStatuses()) {
      const count = allCommitments().filter((c) => currentStatus(c) === status.id).length;
      expect(card.line).toContain(
        text.fill(text.words.site.shareCard.tally, { status: status.label, count }),
      );
    }
  });

  it('a slide: its place in the deck and its name; the deck itself, its first slide', () => {
    const deck = slides();
    const third = shareCardOf(paths.present(3));
    expect(third.title).toBe(deck[2]?.name);
    expect(third.kind).toContain(String(deck.length));
    expect(shareCardOf(paths.section('slide')).title).toBe(deck[0]?.name);
  });

  it('its text alternative carries its words', () => {
    const card = shareCardOf(paths.event('tokyo-summit'));
    for (const part of [card.kind, card.title, card.line]) expect(card.alt).toContain(part);
  });
});

describe('the share cards drawn at build time', () => {
  it('give every prerendered page a file of its own', () => {
    const pages = prerenderPaths();
    expect(new Set(pages.map(shareCardFile)).size).toBe(pages.length);
    expect(pages).toContain(paths.section('slide'));
  });

  it('are small 1200 × 630 PNGs, the same bytes every time', async () => {
    const pages = [paths.home(), paths.event('export-controls-2019')];
    const draw = async () => {
      const dist = await mkdtemp(join(tmpdir(), 'share-'));
      await writeShareCards({ dist, paths: pages, cardOf: (path: string) => shareCardOf(path) });
      return { dist, files: await readdir(join(dist, 'share')) };
    };
    const [first, second] = [await draw(), await draw()];
    expect(first.files.sort()).toEqual(pages.map((p) => shareCardFile(p).slice(6)).sort());
    for (const file of first.files) {
      const png = await readFile(join(first.dist, 'share', file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(60 * 1024);
      expect(png.equals(await readFile(join(second.dist, 'share', file)))).toBe(true);
    }
  }, 30_000);
});
