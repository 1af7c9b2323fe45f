/**
 * After install or update, tabs that were already open have no (or an orphaned) content script:
 * inject the current one into all their frames, so their badge counts without a reload. The new
 * copy makes an orphaned old copy stop (content/runtime/instance.ts). Firefox runs content
 * scripts in open tabs by itself when an extension is installed or updated, so it is skipped.
 */
import browser from 'webextension-polyfill';

const INJECTABLE_URL = /^(https?|file):/i;

export interface InjectTargets {
  tabs(): Promise<{ id?: number; url?: string; discarded?: boolean }[]>;
  contentScriptFiles(): string[];
  inject(tabId: number, files: string[]): Promise<void>;
  /** Called before injecting into a tab: its old counts come from a copy that no longer reports. */
  resetTab(tabId: number): Promise<void>;
}

export async function injectIntoOpenTabs(targets: InjectTargets): Promise<number[]> {
  const files = targets.contentScriptFiles();
  if (files.length === 0) return [];
  const injected: number[] = [];
  for (const tab of await targets.tabs()) {
    if (tab.id === undefined || tab.discarded || !tab.url || !INJECTABLE_URL.test(tab.url)) continue;
    try {
      await targets.resetTab(tab.id);
      await targets.inject(tab.id, files);
      injected.push(tab.id);
    } catch {
      // A page the extension may not script (the web store, a PDF viewer...): leave it.
    }
  }
  return injected;
}

export function runsContentScriptsOnInstall(): boolean {
  const raw = (globalThis as { browser?: { runtime?: { getBrowserInfo?: unknown } } }).browser;
  return typeof raw?.runtime?.getBrowserInfo === 'function';
}

export function browserInjectTargets(resetTab: (tabId: number) => Promise<void>): InjectTargets {
  return {
    tabs: () => browser.tabs.query({}),
    contentScriptFiles: () => browser.runtime.getManifest().content_scripts?.[0]?.js ?? [],
    async inject(tabId, files) {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files });
    },
    resetTab,
  };
}
