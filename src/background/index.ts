/**
 * Background (service worker in Chrome, event page in Firefox). Listeners are registered at the
 * top level, synchronously, so a worker woken by an event finds them.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { isMessage } from '../messages';
import { TabCountKeeper } from './count-keeper';
import { handleCountMessage } from './counts-messages';
import { browserInjectTargets, injectIntoOpenTabs, runsContentScriptsOnInstall } from './inject-open-tabs';
import { leftScriptablePages } from './navigation';
import { PageDrugsKeeper, handleDrugsMessage } from './page-drugs';
import { browserCountPlatform, browserDrugsStorage, styleBadge } from './platform';
// Keyboard commands and reference deep links (tooltip, issue 5): they register their own listeners.
import { forgetSteppedFrame } from './commands';
import './open-reference';
// The scanner (in subframes) and the tooltip's script, run in a frame on their first need.
import './frame-scripts';
import { createLookupMenu } from './lookup';

const keeper = new TabCountKeeper(browserCountPlatform());
const pageDrugs = new PageDrugsKeeper(browserDrugsStorage());

/** Everything the tab's pages told us is void: a page without content script, the tab closed. */
function forgetTab(tabId: number): void {
  void keeper.tabClosed(tabId);
  void pageDrugs.reset(tabId);
  void forgetSteppedFrame(tabId);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleCountMessage(keeper, message, sender),
);

// The interaction-table drugs each frame names, for tooltips in the other frames.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const reply = handleDrugsMessage(pageDrugs, message, sender);
  // Only a question gets an answer here; the counts listener answers the rest.
  if (isMessage(message) && message.type === 'get-page-drugs') return reply;
  reply?.catch(() => undefined);
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId: number) => forgetTab(tabId));

// Pages with a content script reset their tab themselves (page-start); the others cannot.
browser.tabs.onUpdated.addListener((tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  if (!leftScriptablePages(changeInfo, tab)) return;
  void keeper.forget(tabId);
  void pageDrugs.reset(tabId);
});

browser.tabs.onReplaced.addListener((_addedTabId: number, removedTabId: number) => forgetTab(removedTabId));

browser.runtime.onStartup.addListener(() => {
  void styleBadge();
  void createLookupMenu();
});

browser.runtime.onInstalled.addListener((details: Runtime.OnInstalledDetailsType) => {
  void styleBadge();
  void createLookupMenu();
  if ((details.reason === 'install' || details.reason === 'update') && !runsContentScriptsOnInstall()) {
    void injectIntoOpenTabs(
      browserInjectTargets(async (tabId) => {
        await Promise.all([keeper.pageStart(tabId), pageDrugs.reset(tabId)]);
      }),
    );
  }
});
