import type { ReactNode } from 'react';
import { recordReach } from '../content/storySelectors';
import type { IsoDay } from '../content/types';
import { useText } from '../hooks/useText';
import { Fill } from './Fill';

/**
 * "As assessed on {date} from reports up to {coversTo}": the day a judgement was made and how far
 * the reports behind it reach, since the two differ.
 */
export function AssessedOn({
  template,
  assessed,
  values = {},
}: {
  template: string;
  assessed: IsoDay;
  values?: Record<string, ReactNode>;
}) {
  const text = useText();
  const { coversTo } = recordReach();
  return (
    <Fill
      template={template}
      values={{
        ...values,
        date: <time dateTime={assessed}>{text.date({ precision: 'day', day: assessed })}</time>,
        coversTo: <time dateTime={coversTo}>{text.date({ precision: 'day', day: coversTo })}</time>,
      }}
    />
  );
}
