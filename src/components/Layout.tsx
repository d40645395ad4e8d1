import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigationType, type NavigationType } from 'react-router';
import { useRecordVisit } from '../hooks/useRecordVisit';
import { useText } from '../hooks/useText';
import { useShouldAnimate } from './useShouldAnimate';
import { pageTitle } from '../pageHead';
import styles from './Layout.module.css';
import { Loading } from './Loading';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { UpdateBanner } from './UpdateBanner';

/** The frame of every page: skip link, header and navigation, the page itself, footer. */
export function Layout() {
  const { pathname, search, hash } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    document.title = pageTitle(pathname, search);
  }, [pathname, search]);
  const { announcement, handleArrival } = useArrivalFocus();
  useRecordVisit();
  const { words } = useText();

  return (
    <>
      <a className={styles.skipLink} href="#main">
        {words.layout.skipLink}
      </a>
      <SiteHeader />
      <PageFrame key={pathname}>
        <Suspense fallback={<Loading />}>
          <Outlet />
          <PageArrived
            onArrival={handleArrival}
            title={pageTitle(pathname, search)}
            hash={hash}
            navigationType={navigationType}
          />
        </Suspense>
      </PageFrame>
      <SiteFooter />
      <UpdateBanner />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}

interface Arrival {
  title: string;
  hash: string;
  navigationType: NavigationType;
}

/** Mounts beside the page inside its Suspense boundary, so it runs once the page's code has arrived. */
function PageArrived({
  onArrival,
  ...arrival
}: Arrival & { onArrival: (arrival: Arrival) => void }) {
  const hasArrived = useRef(false);
  useEffect(() => {
    if (hasArrived.current) return;
    hasArrived.current = true;
    onArrival(arrival);
  });
  return null;
}

/** The main landmark; a page reached by navigation fades in, the landing page is simply there. */
function PageFrame({ children }: { children: ReactNode }) {
  const motion = useShouldAnimate();
  const props = { id: 'main', className: styles.main, tabIndex: -1 };
  if (motion) return <motion.FadeInMain {...props}>{children}</motion.FadeInMain>;
  return <main {...props}>{children}</main>;
}

/**
 * When a new page has arrived (not on the first one): show its top, or the #fragment asked for,
 * focus its heading and announce it. Back and forward keep the browser's own scroll restoration.
 */
function useArrivalFocus() {
  const [announcement, setAnnouncement] = useState('');
  const text = useText();
  const isFirstArrival = useRef(true);
  const handleArrival = useCallback(
    ({ title, hash, navigationType }: Arrival) => {
      if (isFirstArrival.current) {
        isFirstArrival.current = false;
        return;
      }
      const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      if (target) target.scrollIntoView();
      else if (navigationType !== 'POP') window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
      setAnnouncement(text.fill(text.words.layout.navigatedTo, { title }));
    },
    [text],
  );
  return { announcement, handleArrival };
}
