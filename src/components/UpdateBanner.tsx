import { useSyncExternalStore } from 'react';
import { useText } from '../hooks/useText';
import { updateStore } from '../offline/updateStore';
import styles from './UpdateBanner.module.css';

/** Tells the reader a new version is ready, and switches to it only when they say so. */
export function UpdateBanner() {
  const applyUpdate = useSyncExternalStore(
    updateStore.subscribe,
    updateStore.getSnapshot,
    () => undefined,
  );
  const { layout } = useText().words;
  if (!applyUpdate) return null;
  return (
    <div role="status" className={styles.banner} data-print="hide">
      <p>{layout.updateReady}</p>
      <button type="button" className="button" onClick={applyUpdate}>
        {layout.updateReload}
      </button>
    </div>
  );
}
