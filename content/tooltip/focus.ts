/** The element that really has focus, looking inside open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Gives focus back without scrolling; false if the element is gone or cannot take it. */
export function restoreFocus(element: Element | null | undefined): boolean {
  if (!element || !element.isConnected || !(element instanceof HTMLElement || element instanceof SVGElement))
    return false;
  element.focus({ preventScroll: true });
  return element.ownerDocument.activeElement !== null;
}
