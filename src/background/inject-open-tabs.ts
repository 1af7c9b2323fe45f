/**
 * After install or update, tabs that were already open have no (or an orphaned) content script:
 * inject the current ones, so their badge counts without a reload: the scanner into the top
 * frame, then the watcher into every frame (it does nothing in the top frame, and asks for the
 * scanner in a subframe that may name a drug). Each new copy makes an orphaned old copy stop
 * (content/runtime/instance.ts). Firefox runs content scripts in open tabs by itself when an
 * extension is installed or updated, so it is skipped.
 */
import browser from 'webextension-polyfill';

const INJECTABLE_URL = /^(https?|file):/i;

/** The manifest's content scripts by what they are: the scanner for top frames, the watcher for every frame. */
export interface ContentScriptFiles {
  topFrame: string[];
  everyFrame: string[];
}

export interface InjectTargets {
  tabs(): Promise<{ id?: number; url?: string; discarded?: boolean }[]>;
  contentScriptFiles(): ContentScriptFiles;
  inject(tabId: number, files: string[], frames: 'top' | 'all'): Promise<void>;
  /** Called before injecting into a tab: its old counts come from a copy that no longer reports. */
  resetTab(tabId: number): Promise<void>;
}

export async function injectIntoOpenTabs(targets: InjectTargets): Promise<number[]> {
  const { topFrame, everyFrame } = targets.contentScriptFiles();
  if (topFrame.length === 0 && everyFrame.length === 0) return [];
  const injected: number[] = [];
  for (const tab of await targets.tabs()) {
    if (tab.id === undefined || tab.discarded || !tab.url || !INJECTABLE_URL.test(tab.url)) continue;
    try {
      await targets.resetTab(tab.id);
      if (topFrame.length > 0) await targets.inject(tab.id, topFrame, 'top');
      if (everyFrame.length > 0) await targets.inject(tab.id, everyFrame, 'all');
      injected.push(tab.id);
    } catch {
      // A page the extension may not script (the web store, a PDF viewer...): leave it.
    }
  }
  return injected;
}

interface DeclaredContentScript {
  js?: string[];
  all_frames?: boolean;
}

/** Splits the manifest's content scripts: those for every frame (`all_frames`) and those for top frames only. */
export function contentScriptsByFrame(declared: readonly DeclaredContentScript[] | undefined): ContentScriptFiles {
  const scripts = declared ?? [];
  return {
    topFrame: scripts.filter((script) => !script.all_frames).flatMap((script) => script.js ?? []),
    everyFrame: scripts.filter((script) => script.all_frames).flatMap((script) => script.js ?? []),
  };
}

export function runsContentScriptsOnInstall(): boolean {
  const raw = (globalThis as { browser?: { runtime?: { getBrowserInfo?: unknown } } }).browser;
  return typeof raw?.runtime?.getBrowserInfo === 'function';
}

export function browserInjectTargets(resetTab: (tabId: number) => Promise<void>): InjectTargets {
  return {
    tabs: () => browser.tabs.query({}),
    contentScriptFiles: () => contentScriptsByFrame(browser.runtime.getManifest().content_scripts),
    async inject(tabId, files, frames) {
      const target = frames === 'top' ? { tabId, frameIds: [0] } : { tabId, allFrames: true };
      await browser.scripting.executeScript({ target, files });
    },
    resetTab,
  };
}
