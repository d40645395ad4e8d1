import { commitmentById, currentStatus, statusById } from './commitmentSelectors';
import { formatDate } from './dates';
import { eventById } from './eventSelectors';
import { refLabel } from './refSelectors';
import { correctionWording } from './updateWording';
import type { Update, UpdateWording } from './types';

const isWorded = (id: string): id is keyof typeof correctionWording =>
  Object.hasOwn(correctionWording, id);

/** What an update says: a correction's own words, or a line made from the item it changed. */
export function wordingOf(update: Update): UpdateWording {
  if (isWorded(update.id)) return correctionWording[update.id];
  if (update.kind === 'status') {
    const commitment = commitmentById(update.item.id);
    const status = commitment && statusById(currentStatus(commitment));
    return { summary: `Status changed: ${refLabel(update.item)} is now ${status?.label ?? ''}.` };
  }
  const event = eventById(update.item.id);
  return {
    summary: event ? `${formatDate(event.date)}: ${event.summary}` : refLabel(update.item),
  };
}
