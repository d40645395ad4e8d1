import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { lastChecked } from '../content/selectors';
import { paths } from '../paths';
import styles from './SiteFooter.module.css';

/** How the explainer was made, and when its facts were last checked. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        Written in our own words from one news report and
        <Link to={paths.sources()}>checked background sources</Link>. Facts last checked{' '}
        <time dateTime={lastChecked().day}>{formatDate(lastChecked())}</time>.
      </p>
    </footer>
  );
}
