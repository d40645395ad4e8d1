import { useText } from '../../hooks/useText';
import styles from './Blackout.module.css';

/** A black screen over the deck, for when the room should look at the presenter. */
export function Blackout() {
  const { blackedOut } = useText().words.present;
  return (
    <div className={styles.black} role="status">
      <span className="visually-hidden">{blackedOut}</span>
    </div>
  );
}
