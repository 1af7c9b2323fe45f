/**
 * Debian's Chromium driven by playwright-core, with the extension build loaded
 * (launchPersistentContext + --load-extension: see /work/shared/notes/platform-notes.md).
 */
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  distDir,
  pollUntil,
  type ExtensionTab,
  type ExtensionTestBrowser,
  type ProbeFrame,
  type TestBrowser,
  type TestPage,
  type WaitOptions,
} from './session';
import { frameName, readHighlightRanges, serializeDocument, type RangeInfo } from './probes';

export const CHROMIUM_PATH = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';

const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The slice of the chrome.* API the harness calls inside the service worker. */
interface ChromeApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
  tabs: { query(info: Record<string, unknown>): Promise<Array<{ id?: number; url?: string; active: boolean }>> };
  storage: { session: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> } };
}

export interface ChromiumTestPage extends TestPage {
  readonly page: Page;
}

export interface ChromiumWithExtension extends ExtensionTestBrowser {
  readonly kind: 'chromium';
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The extension's live service worker, woken up if Chromium stopped it. */
  serviceWorker(): Promise<Worker>;
  /** chrome.action.getBadgeText({ tabId }) evaluated in the service worker. */
  badgeText(tabId: number): Promise<string>;
  /** The tab id of a page (looked up by URL through chrome.tabs.query in the worker). */
  tabIdOf(page: Page): Promise<number>;
  /** Stops the extension's service worker as Chromium does when it idles (DevTools protocol). */
  stopServiceWorker(): Promise<void>;
  /** Opens an extension page (e.g. 'popup/index.html') in a normal tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Everything in chrome.storage.session. */
  sessionStorage(): Promise<Record<string, unknown>>;
  /** chrome.runtime.reload(): what an update does (onInstalled 'update', orphaned content scripts). */
  reloadExtension(): Promise<void>;
  open(url: string): Promise<ChromiumTestPage>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function probeFrame(frame: Frame, name: string): ProbeFrame {
  return {
    name,
    url: frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg) as never,
  };
}

async function framesOf(page: Page): Promise<ProbeFrame[]> {
  const frames: ProbeFrame[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    try {
      frames.push(probeFrame(frame, await frame.evaluate(frameName)));
    } catch {
      // A frame that went away while we asked: not part of the page any more.
    }
  }
  return frames;
}

function wrapPage(
  page: Page,
  badge: (page: Page) => Promise<string | undefined>,
  tabId: () => Promise<number>,
): ChromiumTestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return {
    page,
    errors,
    get url() {
      return page.url();
    },
    main: probeFrame(page.mainFrame(), ''),
    frames: () => framesOf(page),
    badgeText: () => badge(page),
    tabId,
    close: () => page.close(),
    goto: async (url) => {
      await page.goto(url);
    },
    goBack: async () => {
      await page.goBack();
    },
    goForward: async () => {
      await page.goForward();
    },
    setViewport: (size) => page.setViewportSize(size),
    movePointer: (x, y, steps) => page.mouse.move(x, y, steps === undefined ? undefined : { steps }),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
  };
}

export function chromeExtensionDir(): string {
  return join(distDir(), 'chrome');
}

export async function launchChromiumWithExtension(
  options: { extensionDir?: string; headless?: boolean } = {},
): Promise<ChromiumWithExtension> {
  const extensionDir = options.extensionDir ?? chromeExtensionDir();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run npm run build (or set MEDGLANCE_DIST).`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...QUIET_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const firstWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(firstWorker.url()).host;
    const isOursUrl = (url: string): boolean => url.startsWith(`chrome-extension://${extensionId}/`);
    const isOurs = (worker: Worker): boolean => isOursUrl(worker.url());

    const openExtensionPage = async (path: string): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    };

    // Playwright keeps a stopped worker in serviceWorkers() for a while and evaluate() on it
    // hangs: track the live one ourselves.
    let liveWorker: Worker | undefined = firstWorker;
    context.on('serviceworker', (worker) => {
      if (isOurs(worker)) liveWorker = worker;
    });

    const serviceWorker = async (): Promise<Worker> => {
      if (liveWorker) return liveWorker;
      // A stopped worker starts again for an event it listens to; a runtime message is the usual one.
      const page = await openExtensionPage('manifest.json');
      try {
        await page.evaluate(() =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime
            .sendMessage({ type: 'harness-wake-up' })
            .catch(() => undefined),
        );
      } finally {
        await page.close();
      }
      // Playwright reuses the Worker object of a restarted worker (no new event): find the one that answers.
      const { value } = await pollUntil(
        async () => {
          for (const candidate of context.serviceWorkers().filter(isOurs)) {
            const answers = await withTimeout(
              candidate.evaluate(() => true),
              1_000,
              'worker probe',
            ).catch(() => false);
            if (answers) return candidate;
          }
          return liveWorker;
        },
        (worker) => worker !== undefined,
        { timeout: 15_000, interval: 100 },
      );
      if (!value) throw new Error('The extension service worker did not start again');
      liveWorker = value;
      return value;
    };

    /**
     * Runs an extension API call in the live service worker, or, when the worker is stopped (or
     * stops while we ask), in an extension page, which has the same API and does not wake it.
     */
    const callExtensionApi = async <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
      const worker = liveWorker;
      if (worker) {
        try {
          return await withTimeout(worker.evaluate(fn as never, arg) as Promise<R>, 5_000, 'service worker evaluate');
        } catch {
          if (liveWorker === worker) liveWorker = undefined;
        }
      }
      const page = await openExtensionPage('manifest.json');
      try {
        return (await page.evaluate(fn as never, arg)) as R;
      } finally {
        await page.close();
      }
    };

    const badgeText = (tabId: number): Promise<string> =>
      callExtensionApi(
        (id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );

    // A page keeps its tab for life: remember each page's tab once found, and never hand the same
    // tab to two pages (two tabs may show the same URL).
    const knownTabs = new Map<Page, number>();
    const tabIdOf = async (page: Page): Promise<number> => {
      const known = knownTabs.get(page);
      if (known !== undefined) return known;
      const url = page.url();
      const tabs = await callExtensionApi(
        () => (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({}),
        undefined,
      );
      const taken = new Set(knownTabs.values());
      const matching = tabs.filter((tab) => tab.url === url && tab.id !== undefined && !taken.has(tab.id));
      const id = matching[0]?.id;
      if (matching.length !== 1 || id === undefined)
        throw new Error(`Expected one unclaimed tab with URL ${url}, found ${matching.length}`);
      knownTabs.set(page, id);
      page.once('close', () => knownTabs.delete(page));
      return id;
    };

    const stopServiceWorker = async (): Promise<void> => {
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      try {
        // The domain reports versions asynchronously after enable: stop ours by version id and
        // wait until it reports "stopped" (playwright's Worker 'close' comes many seconds later).
        let ourVersion: string | undefined;
        const stopped = new Promise<void>((resolveStopped) => {
          session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            for (const version of versions) {
              if (!isOursUrl(version.scriptURL)) continue;
              if (version.runningStatus === 'running') ourVersion = version.versionId;
              if (version.runningStatus === 'stopped' && version.versionId === ourVersion) resolveStopped();
            }
          });
        });
        await session.send('ServiceWorker.enable');
        await pollUntil(
          async () => ourVersion,
          (id) => id !== undefined,
          { timeout: 10_000 },
        );
        if (ourVersion === undefined) return; // Already stopped.
        liveWorker = undefined;
        await session.send('ServiceWorker.stopWorker', { versionId: ourVersion });
        await withTimeout(stopped, 10_000, 'the service worker did not stop');
      } finally {
        await session.detach();
      }
    };

    const sessionStorage = (): Promise<Record<string, unknown>> =>
      callExtensionApi(
        () => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(null),
        undefined,
      );

    const reloadExtension = async (): Promise<void> => {
      // A reloaded unpacked extension stays loaded only in developer mode (else Chromium disables
      // it as an "unsupported developer extension"); switch it on as a developer would.
      const settings = await context.newPage();
      try {
        await settings.goto('chrome://extensions');
        await settings.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: {
                developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
              };
            }
          ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
        );
      } finally {
        await settings.close();
      }
      const restarted = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
      liveWorker = undefined;
      // From an extension page, so a stopped worker does not matter; the reload closes the page.
      const page = await openExtensionPage('manifest.json');
      await page.evaluate(() => {
        setTimeout(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.reload(), 10);
      });
      liveWorker = await restarted;
      await page.close().catch(() => undefined);
    };

    const sendToBackground = async (message: unknown): Promise<unknown> => {
      // From an extension page: a message the worker sends itself never reaches its own listener.
      const page = await openExtensionPage('manifest.json');
      try {
        return await page.evaluate(
          (sent) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(sent),
          message,
        );
      } finally {
        await page.close();
      }
    };

    const openExtensionTab = async (path: string): Promise<ExtensionTab> => {
      const page = await openExtensionPage(path);
      await page.waitForLoadState('load');
      return {
        main: probeFrame(page.mainFrame(), ''),
        focus: (selector) => page.focus(selector),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
        close: () => page.close(),
      };
    };

    return {
      kind: 'chromium',
      context,
      sendToBackground,
      openExtensionTab,
      sessionStorage,
      reloadExtension,
      extensionId,
      serviceWorker,
      badgeText,
      tabIdOf,
      stopServiceWorker,
      openExtensionPage,
      open: async (url) => {
        const page = await context.newPage();
        const wrapped = wrapPage(
          page,
          async (p) => badgeText(await tabIdOf(p)),
          () => tabIdOf(page),
        );
        await page.goto(url);
        return wrapped;
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** A Chromium without the extension: the reference for "the page is exactly as before". */
export async function launchPlainChromium(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_ARGS });
  const context = await browser.newContext();
  return {
    kind: 'chromium',
    open: async (url) => {
      const page = await context.newPage();
      const wrapped = wrapPage(
        page,
        async () => undefined,
        async () => -1,
      );
      await page.goto(url);
      return wrapped;
    },
    close: () => browser.close(),
  };
}

/** Badge of a page, polled until it equals `expected` (or the timeout); returns what was last read. */
export async function waitForBadge(
  browser: ChromiumWithExtension,
  page: Page,
  expected: string,
  options?: WaitOptions,
): Promise<string> {
  const tabId = await browser.tabIdOf(page);
  const { value } = await pollUntil(
    () => browser.badgeText(tabId),
    (text) => text === expected,
    options,
  );
  return value;
}

/** The `medglance` highlight's ranges as the page (or frame) sees them. */
export function highlightRanges(target: Page | Frame): Promise<RangeInfo[]> {
  return target.evaluate(readHighlightRanges);
}

/** documentElement.outerHTML plus open shadow roots, without the extension's own medglance-* hosts. */
export function documentSnapshot(target: Page | Frame): Promise<string> {
  return target.evaluate(serializeDocument);
}
