import { commitmentById, currentStatus, statusById } from './commitmentSelectors';
import { eventById } from './eventSelectors';
import { refLabel } from './refSelectors';
import { textOf, type TemplateValues, type Text } from './text';
import { correctionWording } from './updateWording';
import type { Update, UpdateWording } from './types';

const isWorded = (id: string): id is keyof typeof correctionWording =>
  Object.hasOwn(correctionWording, id);

/**
 * What an update says: a correction's own words, or a line made from the item it changed. A line
 * made from the item is a template from the dictionary, with `values` for its slots.
 */
export function wordingOf(
  update: Update,
  text: Text = textOf(),
): UpdateWording & { values?: TemplateValues } {
  if (isWorded(update.id)) return correctionWording[update.id];
  const words = text.words.updates;
  if (update.kind === 'status') {
    const commitment = commitmentById(update.item.id);
    const status = commitment && statusById(currentStatus(commitment));
    return {
      summary: words.statusChanged,
      values: { item: refLabel(update.item, text), status: status?.label ?? '' },
    };
  }
  const event = eventById(update.item.id);
  return event
    ? { summary: words.eventAdded, values: { date: text.date(event.date), summary: event.summary } }
    : { summary: refLabel(update.item, text) };
}
