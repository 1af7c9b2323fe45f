/**
 * One content-script instance per document. After an extension update or reload, Chrome leaves
 * the old copy running, orphaned (its extension context is gone), and a fresh copy arrives
 * (injected by the background, or by the next navigation). The newcomer announces itself with a
 * DOM event on the document, which every world sees; an older copy hears it and stops.
 */
export const TAKEOVER_EVENT = 'medglance-content-takeover';

/** Announces a new instance: older instances in this document stop. Call before listening. */
export function announceInstance(doc: Document): void {
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
}

/** Calls `onReplaced` once when a newer instance announces itself. Returns an unsubscribe function. */
export function onReplaced(doc: Document, onReplaced: () => void): () => void {
  const listener = () => {
    doc.removeEventListener(TAKEOVER_EVENT, listener, true);
    onReplaced();
  };
  doc.addEventListener(TAKEOVER_EVENT, listener, true);
  return () => doc.removeEventListener(TAKEOVER_EVENT, listener, true);
}

/** Whether the extension that started this script is still there (false once orphaned). */
export function extensionContextAlive(runtime: () => { id?: string } | undefined): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

export function isContextInvalidatedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(message);
}
