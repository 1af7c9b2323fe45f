/**
 * The page-level figures Firefox allows (firefox-esr over WebDriver BiDi, puppeteer-core):
 * DOMContentLoaded to the first frame holding the first and all highlights, beside mark.js on the
 * same page and the page alone (both without the extension, in a browser of their own), and the
 * size of the content script of the Firefox build. Firefox has no long-task timing and no CDP
 * Performance.getMetrics, so the idle rows are Chromium's only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../scripts/manifest-for-target';
import { FIRST_FRAME_WATCHER, contentScriptRole, highlightWatcher } from './page-costs';

export interface FirefoxCostResults {
  version: string;
  highlights: { page: string; mentions: number; runs: { firstMs: number; allMs: number }[] }[];
  peer: { page: string; runs: { allMs: number; paintedMs: number }[] }[];
  pageAlone: { page: string; runs: { firstFrameMs: number }[] }[];
  sizes: { file: string; bytes: number; gzip: number; role: string }[];
}

export interface FirefoxCostOptions {
  runs: number;
  firefoxPath: string;
  /** The MedGlance Firefox build. */
  extensionDir: string;
  base: string;
  mentionPages: { path: string; name: string; mentions: number }[];
  markBundle: string;
  warmUp: boolean;
  log: (line: string) => void;
}

async function launch(firefoxPath: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: crypto.randomUUID() }) },
  });
}

/** Loads `url` with `preload` run before the page's scripts; polls `read` until `done`. */
async function loadAndRead<T>(
  browser: Browser,
  url: string,
  preload: string,
  read: string,
  done: (value: T) => boolean,
): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(preload);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const until = Date.now() + 60_000;
    for (;;) {
      const value = (await page.evaluate(read)) as T;
      if (done(value) || Date.now() > until) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await page.close();
  }
}

export function firefoxScriptSizes(extensionDir: string): FirefoxCostResults['sizes'] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; all_frames?: boolean }[];
  };
  const files = [
    ...(manifest.content_scripts ?? []).flatMap((script) =>
      (script.js ?? []).map((file) => ({ file, role: contentScriptRole(script) })),
    ),
    { file: 'content/tooltip.js', role: 'on first need' },
  ];
  return files.map(({ file, role }) => {
    const code = readFileSync(join(extensionDir, file));
    return { file, bytes: code.length, gzip: gzipSync(code).length, role };
  });
}

export async function measureFirefoxCosts(options: FirefoxCostOptions): Promise<FirefoxCostResults> {
  const results: FirefoxCostResults = {
    version: '',
    highlights: options.mentionPages.map((page) => ({ page: page.name, mentions: page.mentions, runs: [] })),
    peer: options.mentionPages.map((page) => ({ page: page.name, runs: [] })),
    pageAlone: options.mentionPages.map((page) => ({ page: page.name, runs: [] })),
    sizes: firefoxScriptSizes(options.extensionDir),
  };
  // Two browsers: one never gets the extension (the page alone, mark.js), one does.
  const plain = await launch(options.firefoxPath);
  const ours = await launch(options.firefoxPath);
  try {
    results.version = await plain.version();
    await ours.installExtension(options.extensionDir);
    for (let run = options.warmUp ? -1 : 0; run < options.runs; run++) {
      for (const page of options.mentionPages) {
        const url = `${options.base}${page.path}?firefox=${run}`;
        type Highlights = { dcl: number; first: number; all: number };
        const state = await loadAndRead<Highlights>(
          ours,
          url,
          highlightWatcher(page.mentions),
          'window.__benchHighlights',
          (value) => value.all > 0,
        );
        type Frame = { dcl: number; frame: number };
        const alone = await loadAndRead<Frame>(
          plain,
          url,
          FIRST_FRAME_WATCHER,
          'window.__benchFirstFrame',
          (value) => value.frame > 0,
        );
        type Mark = { dcl: number; done: number; painted: number };
        const peer = await loadAndRead<Mark>(
          plain,
          url,
          options.markBundle,
          'window.__benchMark',
          (value) => value.painted > 0,
        );
        if (run < 0) continue;
        results.highlights
          .find((row) => row.page === page.name)
          ?.runs.push({
            firstMs: state.first ? state.first - state.dcl : Number.NaN,
            allMs: state.all ? state.all - state.dcl : Number.NaN,
          });
        results.pageAlone.find((row) => row.page === page.name)?.runs.push({ firstFrameMs: alone.frame - alone.dcl });
        results.peer
          .find((row) => row.page === page.name)
          ?.runs.push({ allMs: peer.done - peer.dcl, paintedMs: peer.painted - peer.dcl });
      }
      options.log(run < 0 ? 'firefox: warm-up done' : `firefox: run ${run + 1}/${options.runs}`);
    }
    return results;
  } finally {
    await ours.close().catch(() => undefined);
    await plain.close().catch(() => undefined);
  }
}
