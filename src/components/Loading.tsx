import { useText } from '../hooks/useText';

/** What a page shows while its code is on the way. */
export function Loading() {
  return <p className="page">{useText().words.layout.loading}</p>;
}
