/**
 * The browser's panel beside the page: Chrome's side panel (`sidePanel`, manifest `side_panel`)
 * or Firefox's sidebar (`sidebarAction`, manifest `sidebar_action`), both showing
 * popup/panel.html. Both browsers open it only in response to a user action, so this is tried
 * first and the caller falls back to the popup or a tab.
 */
import browser from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  const api = (globalThis as { chrome?: { sidePanel?: Partial<ChromeSidePanel> } }).chrome?.sidePanel;
  return typeof api?.open === 'function' ? (api as ChromeSidePanel) : undefined;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  const api = (browser as unknown as { sidebarAction?: Partial<FirefoxSidebarAction> }).sidebarAction;
  return typeof api?.open === 'function' ? (api as FirefoxSidebarAction) : undefined;
}

/** Opens the panel in the tab's window; false where the browser has none or refuses (no user gesture). */
export async function tryOpenSidePanel(fromTab?: { id?: number; windowId?: number }): Promise<boolean> {
  try {
    const chrome = chromeSidePanel();
    if (chrome) {
      if (fromTab?.windowId !== undefined) await chrome.open({ windowId: fromTab.windowId });
      else if (fromTab?.id !== undefined) await chrome.open({ tabId: fromTab.id });
      else return false;
      return true;
    }
    const firefox = firefoxSidebar();
    if (firefox) {
      await firefox.open();
      return true;
    }
  } catch {
    // "may only be called in response to a user gesture", or no window to open it in.
  }
  return false;
}
