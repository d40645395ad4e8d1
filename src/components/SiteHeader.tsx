import { Link } from 'react-router';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './SiteHeader.module.css';
import { SiteNav } from './SiteNav';
import { ThemeToggle } from './ThemeToggle';

/**
 * The site's name, its sections and the theme switch. On a narrow screen the name shows in its
 * short form, on one line; screen readers always hear the full one.
 */
export function SiteHeader() {
  const { layout, site } = useText().words;
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link to={paths.home()} className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            ⇄
          </span>
          <span className={styles.fullName}>
            <Fill
              template={layout.brand}
              values={{ muted: <span className={styles.brandMuted}>{layout.brandMuted}</span> }}
            />
          </span>
          <span aria-hidden="true" className={styles.shortName}>
            {site.shortName}
          </span>
        </Link>
        <SiteNav />
        <ThemeToggle />
      </div>
    </header>
  );
}
