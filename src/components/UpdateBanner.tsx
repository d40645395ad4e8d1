import { useSyncExternalStore } from 'react';
import { updateStore } from '../offline/updateStore';
import styles from './UpdateBanner.module.css';

/** Tells the reader a new version is ready, and switches to it only when they say so. */
export function UpdateBanner() {
  const applyUpdate = useSyncExternalStore(
    updateStore.subscribe,
    updateStore.getSnapshot,
    () => undefined,
  );
  if (!applyUpdate) return null;
  return (
    <div role="status" className={styles.banner} data-print="hide">
      <p>A new version of this explainer is ready.</p>
      <button type="button" className="button" onClick={applyUpdate}>
        Reload to update
      </button>
    </div>
  );
}
