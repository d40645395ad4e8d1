import { useSyncExternalStore } from 'react';
import { safeStorage } from '../hooks/safeStorage';
import { useText } from '../hooks/useText';
import styles from './ThemeToggle.module.css';

type ThemeName = 'light' | 'dark';

/** The key the inline script in index.html reads before first paint. */
export const themeStorageKey = 'tokyo-summit:theme';

const listeners = new Set<() => void>();
const systemDark = '(prefers-color-scheme: dark)';

function currentTheme(): ThemeName {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.(systemDark).matches ? 'dark' : 'light';
}

function subscribe(listener: () => void) {
  const query = window.matchMedia?.(systemDark);
  listeners.add(listener);
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

/** Switches between light and dark; the choice outlives the visit where storage allows. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);
  const { layout } = useText().words;

  function handleClick() {
    const next: ThemeName = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    safeStorage.write(themeStorageKey, next);
    listeners.forEach((listener) => listener());
  }

  return (
    <button
      type="button"
      className={styles.toggle}
      aria-pressed={theme === 'dark'}
      onClick={handleClick}
      data-print="hide"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className={styles.label}>{layout.darkTheme}</span>
    </button>
  );
}
