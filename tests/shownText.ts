/**
 * A text matcher for words as a reader sees them in one element: glossary terms read as part of
 * the sentence, and the definitions that pop up from them (hidden until opened) are not counted.
 */
export function shownText(text: string | RegExp) {
  return (_content: string, element: Element | null) => {
    if (!element || element.closest('[popover]')) return false;
    const words = [...element.childNodes]
      .map((node) =>
        node.nodeType === Node.TEXT_NODE ||
        (node instanceof Element && node.matches('button[popovertarget]'))
          ? node.textContent
          : '',
      )
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    return typeof text === 'string' ? words === text : text.test(words);
  };
}
