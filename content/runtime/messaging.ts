/**
 * The content script's side of the messages in src/messages.ts, over webextension-polyfill.
 * Sending is fire-and-forget; a send that fails because the extension is gone reports it.
 */
import browser from 'webextension-polyfill';
import type { ContentToBackground } from '../../src/messages';
import { extensionContextAlive, isContextInvalidatedError } from './instance';

export function contextAlive(): boolean {
  return extensionContextAlive(() => browser.runtime);
}

export function sendToBackground(message: ContentToBackground, onOrphaned: () => void): void {
  if (!contextAlive()) {
    onOrphaned();
    return;
  }
  let sending: Promise<unknown>;
  try {
    sending = browser.runtime.sendMessage(message);
  } catch (error) {
    if (isContextInvalidatedError(error) || !contextAlive()) onOrphaned();
    return;
  }
  sending.catch((error: unknown) => {
    if (isContextInvalidatedError(error) || !contextAlive()) onOrphaned();
    // Otherwise the background is restarting: the next change sends the count again.
  });
}
