/**
 * One content-script instance per document. After an extension update or reload, Chrome leaves
 * the old copy running, orphaned (its extension context is gone), and a fresh copy arrives
 * (injected by the background, or by the next navigation). The newcomer announces itself with a
 * DOM event on the document, which every world sees; an older copy hears it and stops.
 *
 * The page hears (and can send) that event too, so the event alone proves nothing: an instance
 * stops only when a newer copy in its own world took over (the newcomer wrote its token into the
 * script's global, which page scripts cannot reach), or when its extension context is gone.
 */
export const TAKEOVER_EVENT = 'medglance-content-takeover';

/** The current instance's token, on the content script's own global object. */
const CURRENT_INSTANCE_KEY = '__medglanceContentInstance';

/** An instance's identity: compared by reference, never shown to the page. */
export type InstanceToken = Readonly<Record<string, never>>;

type World = Record<string, unknown>;

/** Announces a new instance: older instances in this document stop. Call before listening. */
export function announceInstance(doc: Document, world: object = globalThis): InstanceToken {
  const token: InstanceToken = Object.freeze({});
  (world as World)[CURRENT_INSTANCE_KEY] = token;
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  return token;
}

export interface ReplacedOptions {
  /** Whether this instance's extension context is still there (false once orphaned). */
  alive(): boolean;
  /** The content script's global (tests pass their own). */
  world?: object;
}

/**
 * Calls `onReplaced` once when a newer instance announces itself (or, for an orphaned instance,
 * on any announcement). Returns an unsubscribe function.
 */
export function onReplaced(
  doc: Document,
  token: InstanceToken,
  onReplaced: () => void,
  options: ReplacedOptions,
): () => void {
  const world = (options.world ?? globalThis) as World;
  const listener = () => {
    const stillCurrent = world[CURRENT_INSTANCE_KEY] === token;
    // Sent by the page, or by ourselves: a live, current instance carries on.
    if (stillCurrent && options.alive()) return;
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
