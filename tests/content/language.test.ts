import { formatDate } from '../../src/content/dates';
import { glossaryMarker } from '../../src/content/glossaryText';
import { wordCount } from '../../src/content/language';
import { closest } from '../../src/content/match';
import { textOf } from '../../src/content/text';
import type { GlossaryTerm } from '../../src/content/types';

// Ready for more languages: what depends on a language takes it as a parameter, and works for
// scripts written without spaces or outside a–z.

const diplomacy = {
  id: 'shuttle-diplomacy',
  term: 'シャトル外交',
  forms: ['シャトル外交', '外交'],
  definition: '',
  citations: [],
} as unknown as GlossaryTerm;

describe('in a language other than English', () => {
  it('finds a glossary term in Japanese text, which has no spaces between words', () => {
    const mark = glossaryMarker('ja', [diplomacy]);
    expect(mark('両首脳はシャトル外交の再開で一致した。')).toEqual([
      '両首脳は',
      { term: diplomacy, text: 'シャトル外交' },
      'の再開で一致した。',
    ]);
  });

  it('suggests the closest name when an address is written in Korean or Japanese', () => {
    const names = ['이재명', '이시바 시게루', '石破茂'];
    expect(closest('이재멍', names, (name) => [name], { languageTag: 'ko' })[0]).toBe('이재명');
    expect(closest('石破', names, (name) => [name], { languageTag: 'ja' })[0]).toBe('石破茂');
  });

  it('counts words for reading time the way the language divides them', () => {
    expect(wordCount('Lee went to Tokyo first.')).toBe(5);
    expect(wordCount('李在明大統領が東京を訪れた', 'ja')).toBeGreaterThan(3);
  });

  it('writes dates in the language asked for', () => {
    const summit = { precision: 'day', day: '2025-08-23' } as const;
    expect(formatDate(summit)).toBe('23 August 2025');
    expect(formatDate(summit, 'ja-JP')).toBe('2025年8月23日');
    expect(formatDate(summit, 'ko-KR')).toBe('2025년 8월 23일');
  });
});

describe('the English interface text', () => {
  const text = textOf('en');
  it('chooses plural forms and joins lists by the rules of the language', () => {
    const corrections = { one: '{count} correction', other: '{count} corrections' };
    expect(text.count(corrections, 1)).toBe('1 correction');
    expect(text.count(corrections, 29)).toBe('29 corrections');
    expect(text.list(['security', 'technology', 'shared problems'])).toBe(
      'security, technology and shared problems',
    );
    expect(text.fill('Slide {number} of {total}', { number: 3, total: 36 })).toBe('Slide 3 of 36');
  });

  it('sorts as the language sorts, accents and case included', () => {
    expect(['Zebra', 'éclair', 'apple'].sort(text.compare)).toEqual(['apple', 'éclair', 'Zebra']);
  });
});
