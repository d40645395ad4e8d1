import { NavLink } from 'react-router';
import { paths } from '../paths';
import styles from './SiteNav.module.css';

const sections = [
  { to: paths.home(), label: 'Story', icon: '◎', end: true },
  { to: paths.timeline(), label: 'Timeline', icon: '↧', end: false },
  { to: paths.leaders(), label: 'Leaders', icon: '☺', end: false },
  { to: paths.commitments(), label: 'Checklist', icon: '✓', end: false },
  { to: paths.classroom(), label: 'Class', icon: '✎', end: false },
  { to: paths.sources(), label: 'Sources', icon: '¶', end: false },
];

/** The sections of the explainer: a bar along the bottom edge on phones, within thumb reach; inline on wide screens. */
export function SiteNav() {
  return (
    <nav aria-label="Sections" className={styles.nav}>
      <ul className={styles.list}>
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.end} className={styles.link}>
              <span aria-hidden="true" className={styles.icon}>
                {section.icon}
              </span>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
