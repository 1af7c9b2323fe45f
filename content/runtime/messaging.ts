/**
 * The content script's side of the messages in src/messages.ts (./extension-api.ts).
 * Sending is fire-and-forget; a send that fails because the extension is gone reports it.
 */
import type { ContentToBackground, ContentToBackgroundRequest } from '../../src/messages';
import { extensionApi } from './extension-api';
import { extensionContextAlive, isContextInvalidatedError } from './instance';

export function contextAlive(): boolean {
  return extensionContextAlive(() => extensionApi().runtime);
}

export function sendToBackground(
  message: ContentToBackground | ContentToBackgroundRequest,
  onOrphaned: () => void,
): void {
  if (!contextAlive()) {
    onOrphaned();
    return;
  }
  let sending: Promise<unknown>;
  try {
    sending = extensionApi().runtime.sendMessage(message);
  } catch (error) {
    if (isContextInvalidatedError(error) || !contextAlive()) onOrphaned();
    return;
  }
  sending.catch((error: unknown) => {
    if (isContextInvalidatedError(error) || !contextAlive()) onOrphaned();
    // Otherwise the background is restarting: the next change sends the count again.
  });
}
