import { Link } from 'react-router';
import { formatDate } from '../content/dates';
import { lastReviewed } from '../content/storySelectors';
import { paths } from '../paths';
import styles from './SiteFooter.module.css';

/** How the explainer was made, when it was last reviewed, and where its changes are logged. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        Written in our own words from one news report and{' '}
        <Link to={paths.sources()}>checked background sources</Link>. Every fact last reviewed{' '}
        <time dateTime={lastReviewed().day}>{formatDate(lastReviewed())}</time>.{' '}
        <Link to={paths.updates()}>Updates and corrections</Link>
      </p>
    </footer>
  );
}
