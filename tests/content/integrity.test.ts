import { lessonCitations } from '../../src/content/lessonSelectors';
import { checklistNotes, commitments } from '../../src/content/commitments';
import { sortKey } from '../../src/content/dates';
import { events } from '../../src/content/events';
import { keyFigures, polls } from '../../src/content/figures';
import { glossary } from '../../src/content/glossary';
import { quotes } from '../../src/content/quotes';
import { reactions } from '../../src/content/reactions';
import { openQuestions } from '../../src/content/unsettled';
import { postsOf } from '../../src/content/offices';
import { people } from '../../src/content/people';
import { profileFacts, profileOf } from '../../src/content/profileSelectors';
import { profiles } from '../../src/content/profiles';
import { referenceTable } from '../../src/content/references';
import { reportParagraphs } from '../../src/content/report';
import { commitmentMovers } from '../../src/content/commitmentSelectors';
import { allEvents, eventById } from '../../src/content/eventSelectors';
import { personById } from '../../src/content/peopleSelectors';
import { referenceById } from '../../src/content/referenceSelectors';
import { allReferences } from '../../src/content/sourceSelectors';
import { itemsCitingParagraph } from '../../src/content/citingItems';
import { record } from '../../src/content/record';
import { story } from '../../src/content/story';
import { updates } from '../../src/content/updates';
import { areas, eras, statuses, themes } from '../../src/content/taxonomy';
import type { Citation, DateValue } from '../../src/content/types';

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const everything = {
  events,
  people,
  commitments,
  checklistNotes,
  updates,
  record,
  glossary,
  referenceTable,
  reportParagraphs,
  story,
};

function duplicates(ids: readonly string[]) {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

function allStrings(value: unknown, path = 'content'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => allStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => allStrings(item, `${path}.${key}`));
  return [];
}

const personFacts = people.flatMap((p) => [p.summary, ...profileFacts(p.id)]);
const citationLists: { where: string; citations: readonly Citation[] }[] = [
  ...events.map((e) => ({ where: `event ${e.id}`, citations: e.citations })),
  ...commitments.map((c) => ({ where: `commitment ${c.id}`, citations: c.citations })),
  ...people.flatMap((p) =>
    postsOf(p).map(({ post }) => ({
      where: `office ${post.title} of ${p.id}`,
      citations: post.citations,
    })),
  ),
  ...people.flatMap((p) =>
    'born' in p && p.born ? [{ where: `birth of ${p.id}`, citations: p.born.citations }] : [],
  ),
  ...commitments.flatMap((c) =>
    c.history.map((step) => ({ where: `${c.id} on ${step.date}`, citations: step.citations })),
  ),
  ...checklistNotes.map((n) => ({ where: `note ${n.id}`, citations: n.citations })),
  ...updates.map((u) => ({ where: `update ${u.id}`, citations: u.citations })),
  { where: 'the summary under the headline', citations: story.dekCitations },
  ...personFacts.map((f) => ({ where: `fact "${f.text}"`, citations: f.citations })),
  ...[...story.takeaways, ...story.angle].map((f) => ({
    where: `story "${f.text}"`,
    citations: f.citations,
  })),
  ...glossary.map((g) => ({ where: `term ${g.id}`, citations: g.citations })),
  ...quotes.map((q) => ({ where: `quote ${q.id}`, citations: q.citations })),
  ...keyFigures.map((f) => ({ where: `figure ${f.id}`, citations: f.citations })),
  ...polls.map((p) => ({ where: `poll ${p.id}`, citations: p.citations })),
  ...reactions.map((r) => ({ where: `reaction ${r.id}`, citations: r.citations })),
  ...openQuestions.map((q) => ({ where: `open question ${q.id}`, citations: q.citations })),
  ...lessonCitations().map((item) => ({
    where: `lesson: ${item.label}`,
    citations: item.citations,
  })),
];

function isValidDate(date: DateValue): boolean {
  switch (date.precision) {
    case 'day':
      return !Number.isNaN(Date.parse(`${date.day}T00:00:00Z`));
    case 'month':
      return date.month >= 1 && date.month <= 12;
    case 'year':
      return Number.isInteger(date.year);
    case 'range':
      return (
        isValidDate(date.start) && isValidDate(date.end) && sortKey(date.start) < sortKey(date.end)
      );
  }
}

describe('ids', () => {
  it.each([
    ['events', events.map((e) => e.id)],
    ['people', people.map((p) => p.id)],
    ['commitments', commitments.map((c) => c.id)],
    ['glossary terms', glossary.map((g) => g.id)],
    ['references', Object.keys(referenceTable)],
  ])('%s have unique slug ids', (_, ids) => {
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !slug.test(id))).toEqual([]);
  });

  it('commitment ids do not collide with other anchors on the checklist page', () => {
    expect(duplicates([...commitments.map((c) => c.id), 'main', 'checklist-progress'])).toEqual([]);
  });
});

describe('cross-references', () => {
  it('every full profile belongs to one of the two leaders who met', () => {
    const principalIds = people.filter((p) => p.role === 'principal').map((p) => p.id);
    expect(Object.keys(profiles).sort()).toEqual([...principalIds].sort());
  });

  it('every person an event names has a profile', () => {
    const missing = events.flatMap((e) => e.people.filter((id) => !personById(id)));
    expect(missing).toEqual([]);
  });

  it('every event belongs to a known era and known themes', () => {
    expect(events.filter((e) => !eras.some((era) => era.id === e.era))).toEqual([]);
    expect(
      events.flatMap((e) => e.themes.filter((t) => !themes.some((theme) => theme.id === t))),
    ).toEqual([]);
  });

  it('every commitment names real people, a real area and status, and real events', () => {
    for (const c of commitments) {
      expect(
        c.committedBy.every((id) => personById(id)),
        c.id,
      ).toBe(true);
      expect(
        areas.some((a) => a.id === c.area),
        c.id,
      ).toBe(true);
      expect(
        c.history.every((step) => statuses.some((s) => s.id === step.status)),
        c.id,
      ).toBe(true);
      expect(eventById(c.madeAt), `${c.id} madeAt`).toBeDefined();
      for (const step of c.history)
        if (step.event) expect(eventById(step.event), `${c.id} ${step.event}`).toBeDefined();
    }
  });

  it('a commitment is only moved by events after the one where it was made', () => {
    for (const c of commitments) {
      const made = eventById(c.madeAt);
      for (const later of commitmentMovers(c)) {
        expect(made && sortKey(later.date) > sortKey(made.date), `${c.id} → ${later.id}`).toBe(
          true,
        );
      }
    }
  });

  it('every citation points at a real paragraph or reference', () => {
    const broken = citationLists.flatMap(({ where, citations }) =>
      citations
        .filter((c) =>
          c.kind === 'report'
            ? !reportParagraphs.some((p) => p.number === c.paragraph)
            : !referenceById(c.referenceId),
        )
        .map(() => where),
    );
    expect(broken).toEqual([]);
  });
});

describe('dates', () => {
  it('are valid at their precision, and ranges run forwards', () => {
    const invalid = events.filter((e) => !isValidDate(e.date)).map((e) => e.id);
    expect(invalid).toEqual([]);
    const refs = allReferences().filter((r) => r.published && !isValidDate(r.published));
    expect(refs).toEqual([]);
  });

  it('put the timeline in date order', () => {
    const keys = allEvents().map((e) => sortKey(e.date));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('put the eras in order: no event of a later era comes before one of an earlier era', () => {
    const eraOrder = allEvents().map((e) => eras.findIndex((era) => era.id === e.era));
    expect(eraOrder).toEqual([...eraOrder].sort((a, b) => a - b));
  });

  it('never claim a check made after the last review of the whole record', () => {
    const late = allReferences().filter((r) => r.checked > record.reviewed);
    expect(late).toEqual([]);
  });
});

describe('citations', () => {
  it('every item the reader sees carries at least one', () => {
    const uncited = citationLists
      .filter(({ citations }) => citations.length === 0)
      .map(({ where }) => where);
    expect(uncited).toEqual([]);
  });

  it.each(reportParagraphs.map((p) => p.number))(
    'report paragraph ¶%i is cited by at least one item',
    (n) => {
      expect(itemsCitingParagraph(n).length).toBeGreaterThan(0);
    },
  );

  it('every background reference is cited by something the reader sees', () => {
    const cites = (id: string) =>
      citationLists.some(({ citations }) =>
        citations.some((c) => c.kind === 'reference' && c.referenceId === id),
      );
    const unused = allReferences()
      .filter((r) => !cites(r.id))
      .map((r) => r.id);
    expect(unused).toEqual([]);
  });

  it('references have an https or http address and a known kind', () => {
    for (const r of allReferences()) {
      expect(r.url, r.id).toMatch(/^https?:\/\/[^\s]+$/);
      expect(['official', 'news', 'reference']).toContain(r.kind);
    }
  });
});

describe('text', () => {
  it('has no empty or padded strings anywhere in the content', () => {
    const bad = allStrings(everything).filter(
      ({ text }) => text.trim() === '' || text !== text.trim(),
    );
    expect(bad).toEqual([]);
  });

  it('has three to five takeaways', () => {
    expect(story.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(story.takeaways.length).toBeLessThanOrEqual(5);
  });

  it('gives both principals the full profile the views expect', () => {
    const principals = people.filter((p) => p.role === 'principal');
    expect(principals).toHaveLength(2);
    for (const p of principals) {
      expect(p.nativeName, p.id).toBeTruthy();
      expect(p.offices.length, p.id).toBeGreaterThan(0);
      const profile = profileOf(p.id);
      for (const section of [profile.path, profile.stance, profile.pressures, profile.atSummit])
        expect(section.length).toBeGreaterThan(0);
    }
  });
});
