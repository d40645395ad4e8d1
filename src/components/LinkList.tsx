import type { ReactElement } from 'react';
import type { Text } from '../content/text';
import { useText } from '../hooks/useText';
import { Fill } from './Fill';

/**
 * Links listed as the reader's language lists words ("a, b and c"), each link in a slot; or
 * joined by a separator the dictionary gives, where a list reads better without "and".
 */
export function LinkList({
  links,
  type,
  separator,
}: {
  links: readonly ReactElement[];
  type?: Parameters<Text['list']>[1];
  separator?: string;
}) {
  const text = useText();
  const slots = links.map((_, index) => `{${index}}`);
  return (
    <Fill
      template={separator === undefined ? text.list(slots, type) : slots.join(separator)}
      values={Object.fromEntries(links.entries())}
    />
  );
}
