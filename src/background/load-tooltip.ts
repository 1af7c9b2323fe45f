/**
 * Runs the tooltip's script in a frame that asks for it (its first tooltip: a pointer resting on
 * a mention, a click, or keyboard stepping), so that frames which never show a tooltip never
 * parse it. The script runs in the content script's own isolated world, not the page's, and is
 * not web-accessible: only the extension can run it (content/tooltip-bridge.ts).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { TOOLTIP_SCRIPT, isMessage } from '../messages';

type Sender = Pick<Runtime.MessageSender, 'tab' | 'frameId' | 'id'> & { documentId?: string };

export function tooltipTarget(
  sender: Sender,
): { tabId: number; frameIds?: number[]; documentIds?: string[] } | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
  // The document, where the browser says which (Chrome): a frame that navigated meanwhile is left alone.
  if (sender.documentId) return { tabId, documentIds: [sender.documentId] };
  return { tabId, frameIds: [sender.frameId ?? 0] };
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message) || message.type !== 'load-tooltip') return undefined;
  const target = tooltipTarget(sender as Sender);
  if (!target) return undefined;
  return browser.scripting.executeScript({ target, files: [TOOLTIP_SCRIPT] }).then(() => ({ loaded: true }));
});
