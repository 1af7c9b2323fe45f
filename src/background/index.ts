/**
 * Background (service worker in Chrome, event page in Firefox). Listeners are registered at the
 * top level, synchronously, so a worker woken by an event finds them.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { TabCountKeeper } from './count-keeper';
import { handleCountMessage } from './counts-messages';
import { browserInjectTargets, injectIntoOpenTabs, runsContentScriptsOnInstall } from './inject-open-tabs';
import { leftScriptablePages } from './navigation';
import { browserCountPlatform, styleBadge } from './platform';
// Keyboard commands and reference deep links (tooltip, issue 5): they register their own listeners.
import { forgetSteppedFrame } from './commands';
import './open-reference';

const keeper = new TabCountKeeper(browserCountPlatform());

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleCountMessage(keeper, message, sender),
);

browser.tabs.onRemoved.addListener((tabId: number) => {
  void keeper.tabClosed(tabId);
  void forgetSteppedFrame(tabId);
});

// Pages with a content script reset their tab themselves (page-start); the others cannot.
browser.tabs.onUpdated.addListener((tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  if (leftScriptablePages(changeInfo, tab)) void keeper.forget(tabId);
});

browser.tabs.onReplaced.addListener((_addedTabId: number, removedTabId: number) => {
  void keeper.tabClosed(removedTabId);
  void forgetSteppedFrame(removedTabId);
});

browser.runtime.onStartup.addListener(() => {
  void styleBadge();
});

browser.runtime.onInstalled.addListener((details: Runtime.OnInstalledDetailsType) => {
  void styleBadge();
  if ((details.reason === 'install' || details.reason === 'update') && !runsContentScriptsOnInstall()) {
    void injectIntoOpenTabs(browserInjectTargets((tabId) => keeper.pageStart(tabId)));
  }
});
