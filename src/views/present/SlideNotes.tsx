import { useId } from 'react';
import { useText } from '../../hooks/useText';
import styles from './SlideNotes.module.css';

/** The slide's speaker notes, over the foot of the slide. */
export function SlideNotes({ notes }: { notes: readonly string[] }) {
  const { heading } = useText().words.present.notes;
  const headingId = useId();
  return (
    <aside className={styles.notes} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{notes}</p>
    </aside>
  );
}
