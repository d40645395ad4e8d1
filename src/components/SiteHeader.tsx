import { Link } from 'react-router';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './SiteHeader.module.css';
import { SiteNav } from './SiteNav';
import { ThemeToggle } from './ThemeToggle';

/** The site's name, its sections and the theme switch. */
export function SiteHeader() {
  const { layout } = useText().words;
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link to={paths.home()} className={styles.brand}>
          <span aria-hidden="true" className={styles.mark}>
            ⇄
          </span>
          <Fill
            template={layout.brand}
            values={{ muted: <span className={styles.brandMuted}>{layout.brandMuted}</span> }}
          />
        </Link>
        <SiteNav />
        <ThemeToggle />
      </div>
    </header>
  );
}
