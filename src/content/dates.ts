import { defaultLanguageTag } from './language';
import type { DateValue, IsoDay } from './types';

type SingleDate = Exclude<DateValue, { precision: 'range' }>;

const formatsByTag = new Map<string, Record<SingleDate['precision'], Intl.DateTimeFormat>>();
function formatsFor(tag: string) {
  let formats = formatsByTag.get(tag);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      year: new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: 'UTC' }),
    };
    formatsByTag.set(tag, formats);
  }
  return formats;
}

/** The first instant a date covers, in UTC. */
function startOf(date: SingleDate): Date {
  switch (date.precision) {
    case 'day':
      return new Date(`${date.day}T00:00:00Z`);
    case 'month':
      return new Date(Date.UTC(date.year, date.month - 1, 1));
    case 'year':
      return new Date(Date.UTC(date.year, 0, 1));
  }
}

/** The first instant a date or range covers, for sorting. */
export function sortKey(date: DateValue): number {
  return startOf(date.precision === 'range' ? date.start : date).getTime();
}

/**
 * A date as a reader reads it ("23 August 2025", "July 2025", "1910–1945"), at its own precision,
 * in the language of a BCP 47 tag.
 */
export function formatDate(date: DateValue, tag = defaultLanguageTag): string {
  const formats = formatsFor(tag);
  if (date.precision !== 'range') return formats[date.precision].format(startOf(date));
  // Not formatRange: its spacing differs between ICU versions, so the prerendered page and the
  // browser would disagree. Days in one month share it: "13–14 January 2026".
  const { start, end } = date;
  if (
    start.precision === 'day' &&
    end.precision === 'day' &&
    start.day.slice(0, 7) === end.day.slice(0, 7)
  ) {
    const firstDay = formats.day.formatToParts(startOf(start)).find((part) => part.type === 'day');
    return `${firstDay?.value ?? ''}–${formatDate(end, tag)}`;
  }
  const separator = start.precision === 'year' ? '–' : ' – ';
  return `${formatDate(start, tag)}${separator}${formatDate(end, tag)}`;
}

/** The machine-readable form for a `<time dateTime>` attribute. */
export function machineDate(date: DateValue): string {
  switch (date.precision) {
    case 'day':
      return date.day;
    case 'month':
      return `${date.year}-${String(date.month).padStart(2, '0')}`;
    case 'year':
      return String(date.year);
    case 'range':
      return machineDate(date.start);
  }
}

/** A day written YYYY-MM-DD, as a date value. */
export const day = (iso: IsoDay): DateValue => ({ precision: 'day', day: iso });

/** A span of two days, months or years. */
export const range = (start: SingleDate, end: SingleDate): DateValue => ({
  precision: 'range',
  start,
  end,
});
