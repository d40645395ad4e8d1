import { useEffect, useRef } from 'react';

/**
 * Moves focus to each new slide's heading, so a screen reader reads the slide that came up. The
 * slide the deck opens on is left alone, as any page is on arrival.
 */
export function useSlideFocus(headingId: string) {
  const isFirstSlide = useRef(true);
  useEffect(() => {
    if (isFirstSlide.current) {
      isFirstSlide.current = false;
      return;
    }
    document.getElementById(headingId)?.focus({ preventScroll: true });
  }, [headingId]);
}
