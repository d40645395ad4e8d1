import { glossary } from '../../src/content/glossary';
import { glossaryMarker, type TextPart } from '../../src/content/glossaryText';
import { profileFacts } from '../../src/content/profileSelectors';
import { allCommitments } from '../../src/content/commitmentSelectors';
import { allEvents } from '../../src/content/eventSelectors';
import { allPeople, principals } from '../../src/content/peopleSelectors';
import { theStory } from '../../src/content/storySelectors';

/** Every passage of prose the views mark glossary terms in. */
const passages: string[][] = [
  [...theStory().takeaways, ...theStory().angle].map((fact) => fact.text),
  allEvents().map((event) => event.summary),
  ...allEvents().map((event) => [event.summary, event.significance]),
  allPeople().map((person) => person.summary.text),
  ...principals().map((person) => profileFacts(person.id).map((fact) => fact.text)),
  allCommitments().flatMap((commitment) => [commitment.summary, commitment.evidence]),
];

const isTerm = (part: TextPart) => typeof part !== 'string';
const joined = (parts: TextPart[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

describe('glossary terms in the text', () => {
  it('leaves every passage reading exactly as written', () => {
    for (const texts of passages) {
      const mark = glossaryMarker();
      for (const text of texts) expect(joined(mark(text))).toBe(text);
    }
  });

  it('marks a term once per passage, at its first mention', () => {
    const mark = glossaryMarker();
    expect(mark('Shuttle diplomacy is back. Shuttle diplomacy, again.')).toEqual([
      { term: expect.objectContaining({ id: 'shuttle-diplomacy' }), text: 'Shuttle diplomacy' },
      ' is back. Shuttle diplomacy, again.',
    ]);
    expect(mark('More shuttle diplomacy.').filter(isTerm)).toEqual([]);
  });

  it('matches whole words only, whatever their case', () => {
    expect(glossaryMarker()('Lawmakers voted to IMPEACH him.')).toEqual([
      'Lawmakers voted to ',
      { term: expect.objectContaining({ id: 'impeachment' }), text: 'IMPEACH' },
      ' him.',
    ]);
    expect(glossaryMarker()('An unimpeachable record, a G70 forum.').filter(isTerm)).toEqual([]);
  });

  it('finds every glossary term somewhere in the explainer’s text', () => {
    const found = new Set(
      passages.flatMap((texts) => {
        const mark = glossaryMarker();
        return texts.flatMap((text) => mark(text).flatMap((p) => (isTerm(p) ? [p.term.id] : [])));
      }),
    );
    expect([...found].sort()).toEqual(glossary.map((term) => term.id).sort());
  });

  it('writes each form in lower case, as plain words', () => {
    for (const term of glossary) {
      expect(term.forms.length).toBeGreaterThan(0);
      for (const form of term.forms) expect(form).toMatch(/^[a-z0-9]+([ -][a-z0-9]+)*$/);
    }
  });
});
