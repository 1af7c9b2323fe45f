/**
 * The text the reader selected in this frame, for the "look up selection" command. Text selected
 * inside an input or a textarea is not part of the document selection, so it is read from the
 * focused field (also inside open shadow roots).
 */
function focusedField(doc: Document): HTMLInputElement | HTMLTextAreaElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active instanceof HTMLTextAreaElement) return active;
  if (active instanceof HTMLInputElement && /^(text|search|url|tel|email)$/u.test(active.type)) return active;
  return null;
}

export function selectedText(doc: Document = document): string {
  const field = focusedField(doc);
  if (
    field &&
    field.selectionStart !== null &&
    field.selectionEnd !== null &&
    field.selectionEnd > field.selectionStart
  ) {
    return field.value.slice(field.selectionStart, field.selectionEnd).trim();
  }
  return doc.getSelection()?.toString().trim() ?? '';
}

/**
 * Calls `then` once when the document's selection may hold something: the look-up command asks
 * every frame for its selection, and a frame nobody selected in has nothing to answer.
 */
export function whenSelecting(doc: Document, then: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const events = ['selectionchange', 'select'] as const;
  const remove = () => events.forEach((type) => doc.removeEventListener(type, once, options));
  const once = () => {
    remove();
    then();
  };
  events.forEach((type) => doc.addEventListener(type, once, options));
  return remove;
}
