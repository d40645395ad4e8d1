import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../paths';

/**
 * Moves the deck to a slide, within the deck, by replacing the address. A clicker can send presses
 * faster than the page re-renders: `requested` is the slide last asked for, not the one last
 * drawn, so two quick presses move two slides.
 */
export function useSlideNavigation(number: number, total: number) {
  const navigate = useNavigate();
  const last = useRef(number);
  useEffect(() => {
    last.current = number;
  }, [number]);

  const requested = useCallback(() => last.current, []);
  const go = (target: number) => {
    const clamped = Math.min(Math.max(target, 1), total);
    if (clamped === last.current) return;
    last.current = clamped;
    navigate(paths.present(clamped), { replace: true });
  };
  return { go, requested };
}
