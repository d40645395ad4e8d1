import { useRef, useState } from 'react';

/**
 * The digits a presenter types before Enter. Kept in a ref as well as in state: a clicker, or the
 * other window, can send the digits and Enter faster than React renders, and Enter must see them.
 */
export function useTypedSlideNumber() {
  const [typed, setTyped] = useState('');
  const digits = useRef('');
  const set = (value: string) => {
    digits.current = value;
    setTyped(value);
  };
  return {
    /** What to show: the digits so far, or ''. */
    typed,
    isTyping: () => digits.current !== '',
    add: (digit: string) => set((digits.current + digit).slice(-3)),
    /** The digits typed, clearing them. */
    take: () => {
      const value = digits.current;
      set('');
      return value;
    },
  };
}
