/**
 * For the side panel, which stays open while the reader switches tabs and navigates: calls
 * `onChange` when the active tab of the panel's window may have changed (another tab activated,
 * the active tab loaded a new page). Returns a function that stops listening.
 */
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';

export function followActiveTab(onChange: () => void): () => void {
  const onActivated = () => onChange();
  const onUpdated = (_tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
    if (tab.active && (change.url !== undefined || change.status === 'complete')) onChange();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
