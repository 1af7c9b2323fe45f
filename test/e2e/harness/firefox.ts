/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the extension installed
 * as a temporary add-on (see /work/shared/notes/platform-notes.md).
 *
 * The browser starts without the extension so a test can first load pages as they are without
 * it (the reference for "the page is unchanged"), then install it.
 */
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID } from '../../../scripts/manifest-for-target';
import {
  distDir,
  pollUntil,
  sleep,
  type ExtensionTab,
  type ExtensionTestBrowser,
  type ProbeFrame,
  type TestPage,
} from './session';
import { frameName } from './probes';

export const FIREFOX_PATH = process.env.MEDGLANCE_FIREFOX ?? '/usr/bin/firefox-esr';

/** Fixed internal UUID for the add-on, so its pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '5a1e6f0e-7c1b-4a53-9a1f-0c7f1e2d3b4a';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The slice of the WebExtension API the harness calls from an extension page. */
interface BrowserApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(info: Record<string, unknown>): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> } };
}

export interface FirefoxTestPage extends TestPage {
  readonly page: Page;
}

export interface FirefoxBrowser extends ExtensionTestBrowser {
  readonly kind: 'firefox';
  readonly browser: Browser;
  /** Installs dist/firefox (or `dir`) as a temporary add-on; pages opened afterwards get its content script. */
  installExtension(dir?: string): Promise<void>;
  /** Badge text of the tab showing `url` (read with browser.action.getBadgeText from an extension page). */
  badgeTextOf(url: string): Promise<string>;
  /** Opens an extension page in a tab. page.goto to moz-extension:// may never resolve: we wait for the document. */
  openExtensionPage(path: string): Promise<Page>;
  open(url: string): Promise<FirefoxTestPage>;
}

export function firefoxExtensionDir(): string {
  return join(distDir(), 'firefox');
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
    if (frame.detached) continue;
    try {
      frames.push(probeFrame(frame, await frame.evaluate(frameName)));
    } catch {
      // A frame that went away while we asked.
    }
  }
  return frames;
}

export async function launchFirefox(options: { headless?: boolean } = {}): Promise<FirefoxBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
    page.goto(url).catch(() => undefined);
    const { ok } = await pollUntil(
      () => page.evaluate(() => location.href).catch(() => ''),
      (href) => href === url,
      { timeout: 10_000, interval: 100 },
    );
    if (!ok) throw new Error(`Extension page ${url} did not load`);
    return page;
  };

  // One extension page kept open for API calls: it needs no background script to answer.
  let apiPage: Page | undefined;
  const callExtensionApi = async <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    apiPage ??= await openExtensionPage('manifest.json');
    return (await apiPage.evaluate(fn as never, arg)) as R;
  };

  const tabIdsWithUrl = (url: string): Promise<number[]> =>
    callExtensionApi(async (pageUrl) => {
      const tabs = await (globalThis as unknown as { browser: BrowserApi }).browser.tabs.query({});
      return tabs.filter((tab) => tab.url === pageUrl && tab.id !== undefined).map((tab) => tab.id as number);
    }, url);

  const badgeOfTab = (tabId: number): Promise<string> =>
    callExtensionApi(
      (id) => (globalThis as unknown as { browser: BrowserApi }).browser.action.getBadgeText({ tabId: id }),
      tabId,
    );

  const badgeTextOf = async (url: string): Promise<string> => {
    const ids = await tabIdsWithUrl(url);
    if (ids.length !== 1 || ids[0] === undefined)
      throw new Error(`Expected one tab with URL ${url}, found ${ids.length}`);
    return badgeOfTab(ids[0]);
  };

  // A page keeps its tab for life: remember it once found, never give one tab to two pages.
  const knownTabs = new Map<Page, number>();
  const tabIdOf = async (page: Page): Promise<number> => {
    const known = knownTabs.get(page);
    if (known !== undefined) return known;
    const taken = new Set(knownTabs.values());
    const ids = (await tabIdsWithUrl(page.url())).filter((id) => !taken.has(id));
    if (ids.length !== 1 || ids[0] === undefined)
      throw new Error(`Expected one unclaimed tab with URL ${page.url()}, found ${ids.length}`);
    knownTabs.set(page, ids[0]);
    page.once('close', () => knownTabs.delete(page));
    return ids[0];
  };

  let installed = false;
  return {
    kind: 'firefox',
    browser,
    installExtension: async (dir = firefoxExtensionDir()) => {
      if (!existsSync(join(dir, 'manifest.json'))) {
        throw new Error(`No extension build at ${dir}: run npm run build (or set MEDGLANCE_DIST).`);
      }
      await browser.installExtension(dir);
      installed = true;
      // The page for API calls opens now, before any test page: opened later it would come to the
      // front and leave the test's page in a background tab (where Firefox holds back layout work).
      apiPage ??= await openExtensionPage('manifest.json');
    },
    badgeTextOf,
    openExtensionPage,
    openExtensionTab: async (path): Promise<ExtensionTab> => {
      const page = await openExtensionPage(path);
      return {
        main: probeFrame(page.mainFrame(), ''),
        focus: (selector) => page.focus(selector),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key as never),
        close: () => page.close(),
      };
    },
    sendToBackground: (message) =>
      callExtensionApi(
        (sent) => (globalThis as unknown as { browser: BrowserApi }).browser.runtime.sendMessage(sent),
        message,
      ),
    sessionStorage: () =>
      callExtensionApi(
        () => (globalThis as unknown as { browser: BrowserApi }).browser.storage.session.get(null),
        undefined,
      ),
    open: async (url) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) =>
        errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
      );
      await page.goto(url, { waitUntil: 'load' });
      return {
        page,
        errors,
        get url() {
          return page.url();
        },
        main: probeFrame(page.mainFrame(), ''),
        frames: () => framesOf(page),
        badgeText: async () => (installed ? badgeOfTab(await tabIdOf(page)) : undefined),
        tabId: () => tabIdOf(page),
        close: () => page.close(),
        goto: async (target) => {
          await page.goto(target, { waitUntil: 'load' });
        },
        goBack: async () => {
          await page.goBack();
        },
        goForward: async () => {
          await page.goForward();
        },
        setViewport: (size) => page.setViewport(size),
        movePointer: (x, y, steps) => page.mouse.move(x, y, steps === undefined ? undefined : { steps }),
        clickAt: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key as never),
      };
    },
    close: async () => {
      await browser.close();
      // Firefox may take a moment to release its profile; do not leave the next launch racing it.
      await sleep(100);
    },
  };
}
