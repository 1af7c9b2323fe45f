/**
 * Where the first scan starts, found without layout: the element the URL's #fragment names
 * (a page opened at an anchor shows it at the top), otherwise the start of the document, which
 * is what a freshly loaded page shows. Reading the scroll position or hit-testing the viewport
 * would force a synchronous layout of a page that is still loading its styles.
 */
export function anchorStart(doc: Document): Node | null {
  const hash = doc.defaultView?.location.hash ?? '';
  if (hash.length < 2) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not percent-encoded text: use it as written.
  }
  return doc.getElementById(id) ?? doc.getElementsByName(id)[0] ?? null;
}
