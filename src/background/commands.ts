/**
 * The keyboard commands `next-mention` / `previous-mention` (manifest `commands`; users can
 * change the keys in the browser's shortcut settings), and the popup's request to do the same:
 * both tell the tab's content script to step to the next or previous mention.
 */
import browser from 'webextension-polyfill';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { SESSION_KEYS, isMessage, type BackgroundToContent, type TabCounts } from '../messages';

export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'next-mention': 1,
  'previous-mention': -1,
};

/** The top frame, unless it has no mentions and a subframe has some. */
async function frameToStep(tabId: number): Promise<number> {
  try {
    const key = SESSION_KEYS.tabCounts(tabId);
    const counts = (await browser.storage.session.get(key))[key] as TabCounts | undefined;
    if (!counts || (counts.frames['0'] ?? 0) > 0) return 0;
    const withMentions = Object.entries(counts.frames).find(([, count]) => count > 0);
    return withMentions ? Number(withMentions[0]) : 0;
  } catch {
    return 0;
  }
}

export async function stepMentionInTab(tabId: number, direction: 1 | -1): Promise<boolean> {
  const message: BackgroundToContent = { type: 'step-mention', direction };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: await frameToStep(tabId) });
    return true;
  } catch {
    // No content script in this tab (browser pages, the web store) or it is still starting.
    return false;
  }
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

export async function runCommand(command: string, tab?: Tabs.Tab): Promise<boolean> {
  const direction = STEP_COMMANDS[command];
  if (direction === undefined) return false;
  const target = tab?.id !== undefined ? tab : await activeTab();
  if (target?.id === undefined) return false;
  return stepMentionInTab(target.id, direction);
}

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void runCommand(command, tab);
});

browser.runtime.onMessage.addListener((message: unknown, _sender: Runtime.MessageSender) => {
  if (!isMessage(message) || message.type !== 'step-mention' || !('tabId' in message)) return undefined;
  void stepMentionInTab(message.tabId, message.direction);
  return undefined;
});
