/**
 * "Look up any text": a context-menu item on selected text and a keyboard command open the side
 * panel (or the popup) with the selection looked up (the page decides what it names). They read
 * the pending text from storage.session; where the browser opens neither, the popup page opens in
 * a tab next to the reader's tab with the text in its URL.
 */
import browser from 'webextension-polyfill';
import type { Menus, Runtime, Tabs } from 'webextension-polyfill';
import { POPUP_PAGE_PATH, SESSION_KEYS, isMessage, type BackgroundToContent, type SelectionReply } from '../messages';
import { tryOpenPopup } from './open-reference';
import { tryOpenSidePanel } from './side-panel';

export const LOOKUP_MENU_ID = 'medglance-look-up';
export const LOOKUP_COMMAND = 'look-up-selection';
/** `%s` is the browser's placeholder for the selected text (it shortens long selections itself). */
export const LOOKUP_MENU_TITLE = 'Look up \u201C%s\u201D in MedGlance';
const MAX_TEXT = 200;

/** The popup page in a tab, with the text to look up and the tab it is about. */
export function lookupPageUrl(text: string, tabId?: number): string {
  const params = new URLSearchParams({ lookup: text.slice(0, MAX_TEXT) });
  if (tabId !== undefined) params.set('tab', String(tabId));
  return browser.runtime.getURL(`${POPUP_PAGE_PATH}?${params}`);
}

/** Opens the popup (or, failing that, a tab) with `text` looked up. Returns where it opened. */
export async function openLookup(
  text: string,
  fromTab?: Pick<Tabs.Tab, 'id' | 'index' | 'windowId'>,
): Promise<'panel' | 'popup' | 'tab'> {
  const clean = text.replace(/\s+/gu, ' ').trim().slice(0, MAX_TEXT);
  const written = browser.storage.session.set({ [SESSION_KEYS.pendingLookup]: { text: clean, at: Date.now() } });
  // The side panel first, within the user's gesture (the menu click, the command); it reads the text.
  if (await tryOpenSidePanel(fromTab)) {
    await written.catch(() => undefined);
    return 'panel';
  }
  await written.catch(() => undefined);
  if (await tryOpenPopup(fromTab?.windowId)) return 'popup';

  await browser.storage.session.remove(SESSION_KEYS.pendingLookup).catch(() => undefined);
  await browser.tabs.create({
    url: lookupPageUrl(clean, fromTab?.id),
    ...(fromTab?.windowId !== undefined ? { windowId: fromTab.windowId } : {}),
    ...(fromTab?.index !== undefined ? { index: fromTab.index + 1 } : {}),
    ...(fromTab?.id !== undefined ? { openerTabId: fromTab.id } : {}),
  });
  return 'tab';
}

/** (Re)creates the context-menu item. Items persist, so this runs at install, update and start-up. */
export async function createLookupMenu(): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: LOOKUP_MENU_TITLE, contexts: ['selection'] });
  } catch {
    // A browser without context menus (Firefox for Android): the keyboard command remains.
  }
}

/** Asks the tab's frames for their selection; the frame that has one answers. */
async function selectionIn(tabId: number): Promise<string> {
  const request: BackgroundToContent = { type: 'get-selection' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request)) as SelectionReply | undefined;
    return typeof reply?.text === 'string' ? reply.text : '';
  } catch {
    return '';
  }
}

export async function handleLookupClick(
  info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab?: Tabs.Tab,
): Promise<boolean> {
  if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText?.trim()) return false;
  await openLookup(info.selectionText, tab);
  return true;
}

export async function runLookupCommand(tab?: Tabs.Tab): Promise<boolean> {
  // The side panel first, while the key press still counts as the user's gesture; the panel takes
  // the text when it arrives (it listens for requests while open).
  const inPanel = tab?.id !== undefined && (await tryOpenSidePanel(tab));
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return false;
  const text = await selectionIn(target.id);
  if (inPanel) {
    const clean = text.replace(/\s+/gu, ' ').trim().slice(0, MAX_TEXT);
    if (clean) await browser.storage.session.set({ [SESSION_KEYS.pendingLookup]: { text: clean, at: Date.now() } });
    return true;
  }
  await openLookup(text, target);
  return true;
}

browser.contextMenus?.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
  void handleLookupClick(info, tab).catch(() => undefined);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command === LOOKUP_COMMAND) void runLookupCommand(tab).catch(() => undefined);
});

// The command's action for a given tab, as a message (the way tests and other extension pages reach it).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message) || message.type !== 'look-up-selection' || !('tabId' in message)) return undefined;
  // Extension pages only: a content script has no business opening lookups for other tabs.
  if (sender.tab && sender.url && !sender.url.startsWith(browser.runtime.getURL(''))) return undefined;
  void browser.tabs
    .get(message.tabId)
    .then((tab) => runLookupCommand(tab))
    .catch(() => undefined);
  return undefined;
});
