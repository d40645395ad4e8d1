import { useState } from 'react';
import { useMotionKit } from '../../components/useMotionKit';
import type { Slide } from '../../content/slides';
import { useText } from '../../hooks/useText';
import { SlideContent } from './SlideContent';
import styles from './SlideStage.module.css';

/** The slide itself, as the page's main landmark, named by the slide's heading. */
export function SlideStage({
  slide,
  deck,
  number,
  headingId,
}: {
  slide: Slide;
  deck: readonly Slide[];
  number: number;
  headingId: string;
}) {
  const { slideRole } = useText().words.present;
  const motion = useMotionKit();
  // The slide a presenter opens on is simply there; later ones slide in.
  const [firstNumber] = useState(number);
  const content = <SlideContent slide={slide} deck={deck} headingId={headingId} />;
  return (
    <main
      id="main"
      className={styles.stage}
      aria-labelledby={headingId}
      aria-roledescription={slideRole}
    >
      {motion && number !== firstNumber ? (
        <motion.SlideIn key={number} className={styles.slide}>
          {content}
        </motion.SlideIn>
      ) : (
        <div key={number} className={styles.slide}>
          {content}
        </div>
      )}
    </main>
  );
}
