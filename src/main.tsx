import contentUrl from 'virtual:content-data-url';

/**
 * The story's content arrives as data (JSON), not as code: in a production build the content
 * modules read it from here. If it cannot be had (a dropped network on a first visit), the page
 * stays as it was prerendered: every word readable, every link a plain link.
 */
async function loadContent(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    if (!response.ok) return false;
    Object.assign(globalThis, { __content: await response.json() });
    return true;
  } catch {
    return false;
  }
}

if (!contentUrl || (await loadContent(contentUrl))) await import('./hydrate');
