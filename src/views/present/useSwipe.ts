import { useRef, type PointerEvent } from 'react';

/** How far, in CSS pixels, a finger must travel sideways to count as a swipe. */
const swipeDistance = 60;

/** Pointer handlers that turn a sideways swipe on a touch screen into the next or previous slide. */
export function useSwipe(onSwipe: (direction: 'next' | 'previous') => void) {
  const start = useRef<number | undefined>(undefined);
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.pointerType === 'touch') start.current = event.clientX;
    },
    onPointerUp: (event: PointerEvent) => {
      if (start.current === undefined) return;
      const distance = event.clientX - start.current;
      start.current = undefined;
      if (Math.abs(distance) > swipeDistance) onSwipe(distance < 0 ? 'next' : 'previous');
    },
  };
}
