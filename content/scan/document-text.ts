/**
 * All the text a walk of a document would hand over, in one native read (`textContent`), its
 * nodes' text joined: the body's, or the root element's when the root holds more than the head,
 * the body and white space. The head's text (title, styles, scripts) is never page text.
 */
export function documentText(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const { body } = doc;
  let bodyHoldsAll = body !== null && body.parentNode === root;
  for (let child = root.firstChild; child && bodyHoldsAll; child = child.nextSibling) {
    if (child.nodeType === Node.ELEMENT_NODE) bodyHoldsAll = child === body || (child as Element).localName === 'head';
    else if (child.nodeType === Node.TEXT_NODE) bodyHoldsAll = (child as Text).data.trim() === '';
  }
  return (bodyHoldsAll && body ? body.textContent : root.textContent) ?? '';
}
