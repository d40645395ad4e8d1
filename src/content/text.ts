import { formatDate } from './dates';
import { dictionaries, type Dictionary, type Locale } from './dictionary';
import type { DateValue, KeyFigure } from './types';

/** One form per plural category the language has (Intl.PluralRules); `other` always. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Values for a template's `{name}` slots. */
export type TemplateValues = Record<string, string | number>;

/** Fills a template's `{name}` slots; a slot with no value is left as written, so it shows. */
export const fill = (template: string, values: TemplateValues = {}) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );

/** The interface's words in one language, with that language's grammar for numbers, lists and dates. */
export interface Text {
  words: Dictionary;
  /** The BCP 47 tag: for `lang`, dates, numbers, plurals, lists and sorting. */
  languageTag: string;
  fill: typeof fill;
  /** A counted phrase in the right plural form; `{count}` is the number, formatted. */
  count: (forms: PluralForms, count: number, values?: TemplateValues) => string;
  /**
   * Items joined as the language joins them: "a, b and c"; "a, b or c" for a disjunction; "a, b, c"
   * for a unit (a filter's parts, a name's details).
   */
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit') => string;
  date: (date: DateValue) => string;
  number: (value: number) => string;
  /** A key figure's value in its unit: "8.8 million", "28,500", "US$77.2bn", "52%". */
  amount: (value: number, unit: KeyFigure['unit']) => string;
  /** Compares two strings as the language sorts them. */
  compare: (a: string, b: string) => number;
}

/** The words of a dictionary with the grammar of its language. */
export function textFrom(words: Dictionary): Text {
  const tag = words.site.languageTag;
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const collator = new Intl.Collator(tag);
  const millions = new Intl.NumberFormat(tag, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const dollars = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'percent',
    maximumFractionDigits: 1,
  });
  const lists = {
    conjunction: new Intl.ListFormat(tag, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(tag, { type: 'disjunction' }),
    unit: new Intl.ListFormat(tag, { type: 'unit' }),
  };
  return {
    words,
    languageTag: tag,
    fill,
    count: (forms, count, values) =>
      fill(forms[plurals.select(count)] ?? forms.other, {
        ...values,
        count: numbers.format(count),
      }),
    list: (items, type = 'conjunction') => lists[type].format(items),
    date: (date) => formatDate(date, tag),
    number: (value) => numbers.format(value),
    amount: (value, unit) => {
      if (unit === 'us-dollars') return dollars.format(value);
      if (unit === 'percent') return percent.format(value);
      return (value >= 1_000_000 ? millions : numbers).format(value);
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

const texts = new Map<Locale, Text>();

/** The interface text of a language the explainer ships. */
export function textOf(locale: Locale = 'en'): Text {
  let text = texts.get(locale);
  if (!text) texts.set(locale, (text = textFrom(dictionaries[locale])));
  return text;
}
