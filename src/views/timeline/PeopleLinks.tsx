import { Link } from 'react-router';
import { personById } from '../../content/peopleSelectors';
import { paths } from '../../paths';

/** The people in an event, each a link to their profile. */
export function PeopleLinks({ personIds }: { personIds: readonly string[] }) {
  const people = personIds.flatMap((id) => personById(id) ?? []);
  if (people.length === 0) return null;
  return (
    <p>
      <span>With </span>
      {people.map((person, index) => (
        <span key={person.id}>
          {index > 0 && (index === people.length - 1 ? ' and ' : ', ')}
          <Link to={paths.leader(person.id)}>{person.name}</Link>
        </span>
      ))}
    </p>
  );
}
