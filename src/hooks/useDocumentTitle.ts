import { useEffect } from 'react';

export const siteName = 'Tokyo summit explainer';

/** Sets the tab's title for the current page; the route announcer reads it aloud after navigation. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title === siteName ? siteName : `${title} · ${siteName}`;
  }, [title]);
}
