import { useState } from 'react';
import { useLocation } from 'react-router';
import { useLoadedMotionKit } from './useMotionKit';

/**
 * The animated parts for what is mounting now, or undefined. Decided once, at mount, so that
 * nothing already on screen is swapped for an animated twin; and never on the page a reader
 * lands on, which arrives as finished HTML and must not flicker or hide before scripts run.
 */
export function useShouldAnimate() {
  const kit = useLoadedMotionKit();
  const { key } = useLocation();
  const [atMount] = useState(key === 'default' ? undefined : kit);
  return atMount;
}
