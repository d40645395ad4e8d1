import { useReducedMotion } from 'framer-motion';
import { useLocation } from 'react-router';

/**
 * Whether to animate what is mounting now. Never on the page a reader lands on (it arrives as
 * finished HTML and must not flicker or hide before scripts run), and never for readers who ask
 * for less motion: MotionConfig alone would still fade opacity for them.
 */
export function useShouldAnimate(): boolean {
  const prefersLessMotion = useReducedMotion() === true;
  const { key } = useLocation();
  return key !== 'default' && !prefersLessMotion;
}
