import { domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

/** framer-motion, loaded when the reader heads for another page (decision 009); nothing waits for it. */
function Motion({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}

/** The main landmark of a page reached by navigation, fading in. */
export function FadeInMain(props: {
  id: string;
  className?: string;
  tabIndex: number;
  children: ReactNode;
}) {
  return (
    <Motion>
      <m.main
        {...props}
        initial={{ opacity: 0, y: 8 }}
        animate={{ opacity: 1, y: 0 }}
        transition={{ duration: 0.25, ease: 'easeOut' }}
      />
    </Motion>
  );
}

/** A list item that slides in as it scrolls into view. */
export function RevealItem(props: { className?: string; children: ReactNode }) {
  return (
    <Motion>
      <m.li
        {...props}
        initial={{ opacity: 0, x: -12 }}
        whileInView={{ opacity: 1, x: 0 }}
        viewport={{ once: true, margin: '0px 0px -10% 0px' }}
        transition={{ duration: 0.35, ease: 'easeOut' }}
      />
    </Motion>
  );
}

/** A progress bar's fill, springing to its new length. */
export function SpringFill({ className, share }: { className?: string; share: number }) {
  return (
    <Motion>
      <m.div
        className={className}
        initial={false}
        animate={{ scaleX: share }}
        transition={{ type: 'spring', stiffness: 160, damping: 24 }}
      />
    </Motion>
  );
}

/** A slide arriving from the side. */
export function SlideIn(props: { className?: string; children: ReactNode }) {
  return (
    <Motion>
      <m.div
        {...props}
        initial={{ opacity: 0, x: 24 }}
        animate={{ opacity: 1, x: 0 }}
        transition={{ duration: 0.3, ease: 'easeOut' }}
      />
    </Motion>
  );
}
