import { hashTarget } from '@/lib/navigation/hash-target';

/**
 * The browser's own event for "show this hidden content, it holds what was searched
 * for": find in page sends it to an element hidden with `hidden="until-found"`, and a
 * tab group (components/mdx/TabGroup.tsx) then selects the panel it was sent to.
 */
export const REVEAL_EVENT = 'beforematch';

function follows(element: Element, reference: Element): boolean {
  return Boolean(reference.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * On an article opened from a search result, shows the first marked word of the section
 * the result pointed to (of the page when it points to none) where the page hides it:
 * opens the collapsed blocks around it, selects its tab, and brings it into view.
 */
export function revealFirstMark(marks: Element[]): void {
  const section = hashTarget();
  const mark = (section && marks.find((candidate) => follows(candidate, section))) || marks[0];
  if (!mark) return;
  for (let element = mark.parentElement; element; element = element.parentElement) {
    if (element instanceof HTMLDetailsElement) element.open = true;
    if (element.hasAttribute('hidden')) element.dispatchEvent(new Event(REVEAL_EVENT, { bubbles: true }));
  }
  // After the tab group has shown the panel.
  requestAnimationFrame(() => {
    const { top, bottom } = mark.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) mark.scrollIntoView({ block: 'center' });
  });
}
