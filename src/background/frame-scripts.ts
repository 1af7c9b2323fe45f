/**
 * Runs one of the content scripts loaded on need in the frame that asks for it:
 * - the scanner (the full content script), asked for by a subframe's watcher (content/watch.ts)
 *   once the frame's text may name a drug, so that frames without a name never parse it;
 * - the tooltip, asked for by the scanner on a frame's first tooltip (a pointer resting on a
 *   mention, a click, or keyboard stepping), so that frames which never show a tooltip never parse it.
 * Both run in the content scripts' own isolated world, not the page's, and are not web-accessible:
 * only the extension can run them.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { SCANNER_SCRIPT, TOOLTIP_SCRIPT, isMessage } from '../messages';

type Sender = Pick<Runtime.MessageSender, 'tab' | 'frameId' | 'id'> & { documentId?: string };

const SCRIPT_FOR: Record<string, string> = {
  'load-scanner': SCANNER_SCRIPT,
  'load-tooltip': TOOLTIP_SCRIPT,
};

/** The sender's frame, if the sender is our own content script in a tab. */
export function frameTarget(
  sender: Sender,
): { tabId: number; frameIds?: number[]; documentIds?: string[] } | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
  // The document, where the browser says which (Chrome): a frame that navigated meanwhile is left alone.
  if (sender.documentId) return { tabId, documentIds: [sender.documentId] };
  return { tabId, frameIds: [sender.frameId ?? 0] };
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message) || !Object.hasOwn(SCRIPT_FOR, message.type)) return undefined;
  const target = frameTarget(sender as Sender);
  if (!target) return undefined;
  const file = SCRIPT_FOR[message.type] as string;
  return browser.scripting.executeScript({ target, files: [file] }).then(() => ({ loaded: true }));
});
