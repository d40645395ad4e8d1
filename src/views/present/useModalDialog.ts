import { useLayoutEffect, useRef } from 'react';

/**
 * Shows a <dialog> as a modal for as long as it is mounted: the browser keeps focus inside it and
 * closes it on Esc. When it goes, focus returns to where it was before it opened. Where a browser
 * has no showModal, the dialog simply opens, without the trap.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.open = true;
    return () => {
      // Closed first: while it is modal, everything outside it is inert and cannot take focus.
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return ref;
}
