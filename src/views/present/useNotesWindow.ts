import { useHref } from 'react-router';
import { paths } from '../../paths';

/** Opens the speaker notes in a second window; the function returns false if it was blocked. */
export function useNotesWindow() {
  const href = useHref(paths.speakerNotes());
  return () => window.open(href, 'speaker-notes', 'popup,width=800,height=640') !== null;
}
