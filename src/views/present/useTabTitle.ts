import { useEffect } from 'react';
import { useText } from '../../hooks/useText';
import { pageHead } from '../../pageHead';

/** The tab's title for a page of the deck, as the prerendered page has it, in the reader's language. */
export function useTabTitle(path: string) {
  const text = useText();
  useEffect(() => {
    document.title = pageHead(path, '', text).title;
  }, [path, text]);
}
