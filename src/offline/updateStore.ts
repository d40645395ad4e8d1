type Listener = () => void;
const listeners = new Set<Listener>();
let applyUpdate: (() => void) | undefined;

/** Lets the update banner know when a new version is waiting, and how to switch to it. */
export const updateStore = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** The action that switches to the new version, once one is waiting. */
  getSnapshot: () => applyUpdate,
  /** Called by the service worker registration when a new version is installed and waiting. */
  offer(action: () => void) {
    applyUpdate = action;
    listeners.forEach((listener) => listener());
  },
};
