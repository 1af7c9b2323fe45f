/**
 * Where a first scan should start so that the text in view is highlighted first: the node at
 * the top of the viewport. Only worth it when the page is scrolled (restored scroll, #anchor);
 * otherwise the start of the document is the top of the viewport.
 */
export function findViewportStart(doc: Document): Node | null {
  const view = doc.defaultView;
  if (!view || (view.scrollY <= 0 && view.scrollX <= 0)) return null;
  const x = Math.floor(view.innerWidth / 2);
  const y = Math.min(16, Math.floor(view.innerHeight / 2));
  const position = typeof doc.caretPositionFromPoint === 'function' ? doc.caretPositionFromPoint(x, y) : null;
  const range = !position && typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null;
  const node = position?.offsetNode ?? range?.startContainer ?? doc.elementFromPoint(x, y);
  // Fixed headers and the root element say nothing about the scroll position.
  if (!node || node === doc.documentElement || node === doc.body) return null;
  return node;
}
