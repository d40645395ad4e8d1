import { Fragment, type ReactNode } from 'react';

/**
 * A template from the dictionary with elements in its `{name}` slots, for a sentence whose words
 * surround a link or a date: the words stay in the dictionary, in the order the language needs.
 */
export function Fill({
  template,
  values,
}: {
  template: string;
  values: Record<string, ReactNode>;
}) {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment>
    ) : (
      part
    ),
  );
}
