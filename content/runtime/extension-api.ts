/**
 * The few extension APIs the always-on content script uses, straight from the browser: Firefox's
 * `browser` and Chrome's promise-returning `chrome` (Manifest V3) both fit this shape, so the
 * script that runs in every frame needs no polyfill. Replies to messages go through
 * sendResponse (returning true), which both browsers support.
 */
export interface MessageSenderLike {
  id?: string;
}

export type MessageListener = (
  message: unknown,
  sender: MessageSenderLike,
  sendResponse: (reply: unknown) => void,
) => boolean | undefined;

export interface StorageChange {
  newValue?: unknown;
}

export interface ExtensionApi {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
}

export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!api) throw new Error('No extension API in this context');
  return api;
}

/** Listens for the background's messages; returns what stops listening (nothing to do once the extension is gone). */
export function listenForMessages(listener: MessageListener): () => void {
  const { runtime } = extensionApi();
  runtime.onMessage.addListener(listener);
  return () => {
    try {
      runtime.onMessage.removeListener(listener);
    } catch {
      // The extension context is gone: nothing to remove.
    }
  };
}
