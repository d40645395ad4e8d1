import { Link } from 'react-router';
import { Fill } from '../../components/Fill';
import { personById } from '../../content/peopleSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { LinkList } from '../../components/LinkList';

/** The people in an event, each a link to their profile. */
export function PeopleLinks({ personIds }: { personIds: readonly string[] }) {
  const { words } = useText();
  const people = personIds.flatMap((id) => personById(id) ?? []);
  if (people.length === 0) return null;
  const links = people.map((person) => (
    <Link key={person.id} to={paths.leader(person.id)}>
      {person.name}
    </Link>
  ));
  return (
    <p>
      <Fill template={words.timeline.withPeople} values={{ people: <LinkList links={links} /> }} />
    </p>
  );
}
