import type { ReactNode } from 'react';
import { recordReach } from '../content/storySelectors';
import type { IsoDay } from '../content/types';
import { useText } from '../hooks/useText';
import { Fill } from './Fill';

/**
 * "As assessed on {date} from reports up to {reportsTo}": the day a judgement was made and how far
 * the reports behind it reach, since the two differ.
 */
export function AssessedOn({
  template,
  assessed,
  values = {},
}: {
  template: string;
  /** The day of the judgement; none for words that give only how far the reports reach. */
  assessed?: IsoDay;
  values?: Record<string, ReactNode>;
}) {
  const text = useText();
  const { reportsTo } = recordReach();
  return (
    <Fill
      template={template}
      values={{
        ...values,
        date: assessed && (
          <time dateTime={assessed}>{text.date({ precision: 'day', day: assessed })}</time>
        ),
        reportsTo: (
          <time dateTime={reportsTo}>{text.date({ precision: 'day', day: reportsTo })}</time>
        ),
      }}
    />
  );
}
