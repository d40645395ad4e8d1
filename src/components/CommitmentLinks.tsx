import { Link } from 'react-router';
import type { Commitment } from '../content/types';
import { paths } from '../paths';

interface CommitmentLinksProps {
  /** The id of the section's heading. */
  id: string;
  /** The section's heading. */
  title: string;
  commitments: readonly Pick<Commitment, 'id' | 'title'>[];
}

/** A titled list of commitments, each a link to its entry in the checklist. */
export function CommitmentLinks({ id, title, commitments }: CommitmentLinksProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {commitments.map((commitment) => (
          <li key={commitment.id}>
            <Link to={paths.commitment(commitment.id)}>{commitment.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
