/**
 * Opens the full reference at a section, for the tooltip's "Full reference" control and the
 * popup: the side panel (or Firefox's sidebar) beside the page where the browser lets us open it,
 * else the toolbar popup (both read the pending deep link from storage.session), otherwise the
 * reference page in a new tab next to the reader's tab.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { REFERENCE_PAGE_PATH, SESSION_KEYS, isMessage } from '../messages';
import { tryOpenSidePanel } from './side-panel';

export interface PendingReference {
  drugId: string;
  section: string;
  at: number;
}

export function referencePageUrl(drugId: string, section?: string): string {
  const path = `${REFERENCE_PAGE_PATH}?drug=${encodeURIComponent(drugId)}${section ? `#${encodeURIComponent(section)}` : ''}`;
  return browser.runtime.getURL(path);
}

type OpenPopup = (options?: { windowId?: number }) => Promise<void>;

export async function tryOpenPopup(windowId: number | undefined): Promise<boolean> {
  const openPopup = (browser.action as unknown as { openPopup?: OpenPopup } | undefined)?.openPopup;
  if (typeof openPopup !== 'function') return false;
  try {
    await openPopup.call(browser.action, windowId === undefined ? undefined : { windowId });
    return true;
  } catch {
    // No gesture (older Firefox), no focused window, or a popup already open elsewhere.
    return false;
  }
}

/** Returns where the reference opened. */
export async function openReference(
  drugId: string,
  section: string | undefined,
  fromTab?: { id?: number; index?: number; windowId?: number },
): Promise<'panel' | 'popup' | 'tab'> {
  const pending: PendingReference = { drugId, section: section ?? '', at: Date.now() };
  // Written as the panel or popup opens so it finds it on its first read (an open panel hears the change).
  const written = browser.storage.session.set({ [SESSION_KEYS.pendingReference]: pending });
  // First, before anything else is awaited: the side panel only opens within the user's gesture.
  if (await tryOpenSidePanel(fromTab)) {
    await written.catch(() => undefined);
    return 'panel';
  }
  const opened = await tryOpenPopup(fromTab?.windowId);
  await written.catch(() => undefined);
  if (opened) return 'popup';

  await browser.storage.session.remove(SESSION_KEYS.pendingReference).catch(() => undefined);
  await browser.tabs.create({
    url: referencePageUrl(drugId, section),
    ...(fromTab?.windowId !== undefined ? { windowId: fromTab.windowId } : {}),
    ...(fromTab?.index !== undefined ? { index: fromTab.index + 1 } : {}),
    ...(fromTab?.id !== undefined ? { openerTabId: fromTab.id } : {}),
  });
  return 'tab';
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message) || message.type !== 'open-reference') return undefined;
  // Fire and forget: no response is needed, and not answering keeps every browser's
  // onMessage semantics out of it.
  void openReference(message.drugId, message.section, sender.tab).catch(() => undefined);
  return undefined;
});
