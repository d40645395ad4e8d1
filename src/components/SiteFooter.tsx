import { Link } from 'react-router';
import { lastReviewed } from '../content/storySelectors';
import { useText } from '../hooks/useText';
import { paths } from '../paths';
import { Fill } from './Fill';
import styles from './SiteFooter.module.css';

/** How the explainer was made, when it was last reviewed, and where its changes are logged. */
export function SiteFooter() {
  const text = useText();
  const { layout } = text.words;
  return (
    <footer className={styles.footer}>
      <p>
        <Fill
          template={layout.footer}
          values={{
            sources: <Link to={paths.sources()}>{layout.footerSources}</Link>,
            date: <time dateTime={lastReviewed().day}>{text.date(lastReviewed())}</time>,
            updates: <Link to={paths.updates()}>{layout.footerUpdates}</Link>,
          }}
        />
      </p>
    </footer>
  );
}
