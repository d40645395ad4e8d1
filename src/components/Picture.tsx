import { useId, type ReactNode } from 'react';
import { useText } from '../hooks/useText';
import styles from './Picture.module.css';

interface PictureProps {
  /** The picture's accessible name, shown as its caption's heading. */
  title: string;
  /** One or two sentences saying what the picture shows, for every reader. */
  description: ReactNode;
  /** The same data as a table or list: what a screen reader reads, and anyone can open. */
  alternative: ReactNode;
  /** The drawing itself: an SVG laid out at build time (src/content/pictures). */
  children: ReactNode;
  /**
   * A drawing whose marks are links gets a way past them for keyboard readers, to its data: `id`
   * names that spot (unique on the page), `count` says how many links it skips.
   */
  skipLinks?: { id: string; count: number };
}

/**
 * A chart or map as a figure: named by its caption, drawn in SVG, with its data a click away.
 * The drawing scrolls sideways inside its frame on a narrow screen rather than shrinking to
 * nothing; its labels stay legible.
 */
export function Picture({ title, description, alternative, children, skipLinks }: PictureProps) {
  const captionId = useId();
  const text = useText();
  const words = text.words.common.pictures;
  return (
    <figure className={styles.picture} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        <span className={styles.title}>{title}</span> {description}
      </figcaption>
      {skipLinks && (
        <a href={`#${skipLinks.id}`} className={styles.skip}>
          {text.count(words.skipLinks, skipLinks.count)}
        </a>
      )}
      <div className={styles.canvas}>{children}</div>
      <details className={styles.data}>
        <summary id={skipLinks?.id}>{words.data}</summary>
        {alternative}
      </details>
    </figure>
  );
}
