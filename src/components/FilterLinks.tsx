import { Link } from 'react-router';
import styles from './FilterLinks.module.css';

interface FilterLinksProps<Id extends string> {
  /** What is being filtered: "Theme". */
  label: string;
  /** The filter's name for screen readers: "Filter by theme". */
  navLabel: string;
  /** What "no filter" is called: "All themes". */
  allLabel: string;
  options: readonly { id: Id; label: string }[];
  selected?: Id;
  /** The address that applies an option, or clears the filter for undefined. */
  hrefFor: (id?: Id) => string;
}

/** A filter made of links, so the choice lives in the address and can be shared or bookmarked. */
export function FilterLinks<Id extends string>({
  label,
  navLabel,
  allLabel,
  options,
  selected,
  hrefFor,
}: FilterLinksProps<Id>) {
  const choices = [{ id: undefined, label: allLabel }, ...options];
  return (
    <nav aria-label={navLabel} className={styles.filter} data-print="hide">
      <span className={styles.label} aria-hidden="true">
        {label}
      </span>
      <ul className={styles.list}>
        {choices.map((choice) => (
          <li key={choice.id ?? 'all'}>
            <Link
              to={hrefFor(choice.id)}
              className={styles.chip}
              aria-current={choice.id === selected ? 'true' : undefined}
              replace
              preventScrollReset
            >
              {choice.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
