import { countryById } from '../content/peopleSelectors';
import type { Poll } from '../content/types';
import { useText } from '../hooks/useText';
import { CitationList } from './CitationList';
import { Fill } from './Fill';
import styles from './PollResults.module.css';

/** A survey of the two publics as a small table: each country's answer, and a year before. */
export function PollResults({ poll }: { poll: Poll }) {
  const text = useText();
  const words = text.words.common.polls;
  const hasPrevious = poll.results.some((result) => result.previous);
  return (
    <figure className={styles.poll}>
      <table className={styles.table}>
        <caption>
          <Fill
            template={words.heading}
            values={{ pollster: poll.pollster, date: text.date(poll.fieldwork) }}
          />
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.country}</th>
            <th scope="col">
              <Fill template={words.share} values={{ answer: poll.answer }} />
            </th>
            {hasPrevious && <th scope="col">{words.previous}</th>}
          </tr>
        </thead>
        <tbody>
          {poll.results.map((result) => (
            <tr key={result.country}>
              <th scope="row">{countryById(result.country).name}</th>
              <td>{text.amount(result.percent, 'percent')}</td>
              {hasPrevious && (
                <td>
                  {result.previous &&
                    text.fill(words.previousValue, {
                      percent: text.amount(result.previous.percent, 'percent'),
                      year: result.previous.year,
                    })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        <p>{poll.reading}</p>
        <CitationList citations={poll.citations} />
      </figcaption>
    </figure>
  );
}
