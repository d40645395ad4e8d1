import { Link } from 'react-router';
import { paths } from '../paths';
import styles from './SiteHeader.module.css';
import { SiteNav } from './SiteNav';
import { ThemeToggle } from './ThemeToggle';

/** The site's name, its sections and the theme switch. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link to={paths.home()} className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            ⇄
          </span>
          Tokyo summit <span className={styles.brandMuted}>explained</span>
        </Link>
        <SiteNav />
        <ThemeToggle />
      </div>
    </header>
  );
}
