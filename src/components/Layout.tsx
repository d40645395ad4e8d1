import { LazyMotion, MotionConfig, m } from 'framer-motion';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useShouldAnimate } from '../hooks/useShouldAnimate';
import { pageMeta } from '../pageMeta';
import styles from './Layout.module.css';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

const loadMotionFeatures = () => import('./motionFeatures').then((module) => module.default);

/** The frame of every page: skip link, header and navigation, the page itself, footer. */
export function Layout() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    document.title = pageMeta(pathname, search).title;
  }, [pathname, search]);
  const announcement = useNavigationFocus(pathname);

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">
        <a className={styles.skipLink} href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <PageFrame key={pathname}>
          <Outlet />
        </PageFrame>
        <SiteFooter />
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        <ScrollRestoration />
      </MotionConfig>
    </LazyMotion>
  );
}

/** The main landmark; a page reached by navigation fades in, the landing page is simply there. */
function PageFrame({ children }: { children: ReactNode }) {
  const shouldAnimate = useShouldAnimate();
  const props = { id: 'main', className: styles.main, tabIndex: -1 };
  if (!shouldAnimate) return <main {...props}>{children}</main>;
  return (
    <m.main
      {...props}
      initial={{ opacity: 0, y: 8 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25, ease: 'easeOut' }}
    >
      {children}
    </m.main>
  );
}

/** After each change of page (not of query or hash), focus the new heading and announce the page. */
function useNavigationFocus(pathname: string): string {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('#main h1');
    heading?.focus({ preventScroll: true });
    setAnnouncement(`Navigated to ${document.title}`);
  }, [pathname]);
  return announcement;
}
