import { LazyMotion, MotionConfig, domAnimation, m, useReducedMotion } from 'framer-motion';
import { useEffect, useRef, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import styles from './Layout.module.css';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The frame of every page: skip link, header and navigation, the page itself, footer. */
export function Layout() {
  const { pathname, key } = useLocation();
  const announcement = useNavigationFocus(pathname);
  // The page a reader lands on is shown at once; only later pages fade in, and not at all
  // for readers who ask for less motion (MotionConfig alone would still fade opacity).
  const prefersLessMotion = useReducedMotion() === true;
  const isStill = key === 'default' || prefersLessMotion;

  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <a className={styles.skipLink} href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <m.main
          id="main"
          key={pathname}
          className={styles.main}
          tabIndex={-1}
          initial={isStill ? false : { opacity: 0, y: 8 }}
          animate={{ opacity: 1, y: 0 }}
          transition={{ duration: 0.25, ease: 'easeOut' }}
        >
          <Outlet />
        </m.main>
        <SiteFooter />
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        <ScrollRestoration />
      </MotionConfig>
    </LazyMotion>
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
