import type { TickProblem } from './useTicks';
import styles from './StorageNotice.module.css';

const messages: Record<TickProblem, string> = {
  blocked:
    'This browser is not letting the page save anything, so your ticks will work but will be gone when you leave or reload.',
  corrupted:
    'Your saved ticks could not be read, so the checklist starts empty. New ticks will be saved as usual.',
};

/** Says once, plainly, why ticks may not be kept. */
export function StorageNotice({ problem }: { problem: TickProblem }) {
  return (
    <p role="status" className={styles.notice} data-print="hide">
      {messages[problem]}
    </p>
  );
}
