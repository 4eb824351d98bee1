/** The element the page address points to (`#heading-id`, percent-encoded or not), or null. */
export function hashTarget(): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null; // not a valid percent-encoded hash
  }
}
