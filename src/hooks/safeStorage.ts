/** localStorage that never throws: blocked storage (private mode, policies) reads as empty. */
export const safeStorage = {
  read(key: string): { ok: true; value: string | null } | { ok: false } {
    try {
      return { ok: true, value: window.localStorage.getItem(key) };
    } catch {
      return { ok: false };
    }
  },
  write(key: string, value: string | null): boolean {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
};
