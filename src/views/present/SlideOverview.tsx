import { useId, useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Slide } from '../../content/slides';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './SlideOverview.module.css';
import { useModalDialog } from './useModalDialog';

/** Every slide of the deck as a link, in a modal dialog that opens on the slide being shown. */
export function SlideOverview({
  deck,
  current,
  onClose,
}: {
  deck: Slide[];
  current: number;
  onClose: () => void;
}) {
  const text = useText();
  const words = text.words.present.overview;
  const dialog = useModalDialog();
  const headingId = useId();
  const currentLink = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => currentLink.current?.focus(), []);
  return (
    <dialog ref={dialog} className={styles.overview} aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{words.heading}</h2>
      <ol>
        {deck.map((slide, index) => {
          const isCurrent = index + 1 === current;
          return (
            <li key={index}>
              <Link
                ref={isCurrent ? currentLink : undefined}
                to={paths.present(index + 1)}
                replace
                aria-current={isCurrent ? 'step' : undefined}
                onClick={onClose}
              >
                <span className={styles.number}>{text.number(index + 1)}</span> {slide.name}
              </Link>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={onClose}>
        {words.close}
      </button>
    </dialog>
  );
}
