import { useText } from '../../hooks/useText';
import type { TickProblem } from './useTicks';
import styles from './StorageNotice.module.css';

/** Says once, plainly, why ticks may not be kept. */
export function StorageNotice({ problem }: { problem: TickProblem }) {
  const { words } = useText();
  return (
    <p role="status" className={styles.notice} data-print="hide">
      {words.commitments.storageProblems[problem]}
    </p>
  );
}
