import { useMotionKit } from '../../components/useMotionKit';
import { useText } from '../../hooks/useText';
import styles from './ChecklistProgress.module.css';

interface ChecklistProgressProps {
  done: number;
  total: number;
  onReset: () => void;
}

/** How many commitments the reader has ticked off, with a way to start again. */
export function ChecklistProgress({ done, total, onReset }: ChecklistProgressProps) {
  const share = total === 0 ? 0 : done / total;
  const motion = useMotionKit();
  const text = useText();
  const words = text.words.commitments;
  return (
    <div className={styles.progress} data-print="hide">
      <div className={styles.row}>
        <label htmlFor="checklist-progress" className={styles.label}>
          {text.count(words.progress, done, { total: text.number(total) })}
        </label>
        <button type="button" className="button" onClick={onReset} disabled={done === 0}>
          {words.resetTicks}
        </button>
      </div>
      <progress id="checklist-progress" className="visually-hidden" max={total} value={done} />
      <div className={styles.track} aria-hidden="true">
        {motion ? (
          <motion.SpringFill className={styles.bar} share={share} />
        ) : (
          // No style attribute while empty, so the prerendered page needs no inline style (CSP).
          <div
            className={styles.bar}
            style={share > 0 ? { transform: `scaleX(${share})` } : undefined}
          />
        )}
      </div>
    </div>
  );
}
