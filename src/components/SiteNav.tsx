import { NavLink } from 'react-router';
import { sections } from '../content/sections';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import styles from './SiteNav.module.css';

/** The sections in the navigation, in the order of the section table. */
export const navSections = sections.flatMap((section) =>
  'nav' in section ? [{ id: section.id, ...section.nav }] : [],
);

/** The sections of the explainer: a bar along the bottom edge on phones, within thumb reach; inline on wide screens. */
export function SiteNav() {
  const { words } = useText();
  return (
    <nav aria-label={words.layout.sectionsLabel} className={styles.nav}>
      <ul className={styles.list}>
        {navSections.map((section) => (
          <li key={section.id}>
            <NavLink
              to={paths.section(section.id)}
              end={'end' in section && section.end}
              className={styles.link}
            >
              <span aria-hidden="true" className={styles.icon}>
                {section.icon}
              </span>
              {words.pages[section.id].nav}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
