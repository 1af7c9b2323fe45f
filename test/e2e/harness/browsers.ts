/**
 * The browsers every end-to-end list runs in, and the one place that says what each of them can
 * and cannot do. A test file calls `forEachBrowser` once and writes its list of tests once; a test
 * that needs something a browser cannot do goes through `itWhere`/`describeWhere`, which register
 * it there as skipped, with the reason in its name (the report lists it; it never passes silently).
 *
 * MEDGLANCE_BROWSERS=chromium (or firefox) runs one browser only.
 */
import { describe, it } from 'vitest';
import { launchChromiumWithExtension, launchPlainChromium, type ChromiumWithExtension } from './chromium';
import { launchFirefox, type FirefoxBrowser } from './firefox';
import type { TestBrowser } from './session';

/** Steps that not every browser (or its driver, or this harness) can take. */
export type Capability =
  /** Stop the background (Chromium's service worker) as the browser does when it idles. */
  | 'stop-background'
  /** Reload the extension with pages open, as an update does. */
  | 'reload-extension'
  /** Switch the extension off with a page open. */
  | 'disable-extension'
  /** See every request the whole browser makes (not just one page's). */
  | 'observe-all-requests'
  /** Open tabs first, then install the extension into the running browser. */
  | 'install-into-running-browser'
  /** Navigate a tab to one of the browser's own pages. */
  | 'open-browser-page'
  /** Firefox's sidebar_action (Chromium has a side panel instead, tested with its driver). */
  | 'sidebar-action'
  /** Tests written with Chromium's driver (playwright locators, CDP, touch emulation, screenshots). */
  | 'chromium-driver';

export type ExtensionBrowser = ChromiumWithExtension | FirefoxBrowser;

export interface BrowserUnderTest {
  readonly name: 'Chromium' | 'Firefox';
  readonly kind: ExtensionBrowser['kind'];
  /** Why this browser cannot take a step; a capability not listed here it has. */
  readonly cannot: Partial<Record<Capability, string>>;
  /** One of the browser's own pages, where no content script runs. */
  readonly browserPage?: string;
  /**
   * Starts the browser with the extension. `withoutExtension` runs first in a browser of the
   * same kind without it (the reference for "the page is unchanged"): Chromium a second, plain
   * browser, closed afterwards; Firefox the same browser before the add-on is installed (pages it
   * leaves open stay open).
   */
  launch<T>(
    withoutExtension?: (plain: TestBrowser) => Promise<T>,
  ): Promise<{ browser: ExtensionBrowser; before: T | undefined }>;
}

const CHROMIUM: BrowserUnderTest = {
  name: 'Chromium',
  kind: 'chromium',
  cannot: {
    'install-into-running-browser':
      'the extension is loaded at launch (--load-extension); no install into a running browser',
    'sidebar-action': 'Chromium has no sidebar_action (its side panel is tested in the in-depth block)',
  },
  browserPage: 'chrome://version',
  async launch(withoutExtension) {
    let before;
    if (withoutExtension) {
      const plain = await launchPlainChromium();
      try {
        before = await withoutExtension(plain);
      } finally {
        await plain.close();
      }
    }
    return { browser: await launchChromiumWithExtension(), before };
  },
};

const NOT_IN_FIREFOX_DRIVER =
  'written with playwright-only calls (locators, CDP, touch emulation); not ported to puppeteer';

const FIREFOX: BrowserUnderTest = {
  name: 'Firefox',
  kind: 'firefox',
  cannot: {
    'stop-background': 'the harness has no way to stop the background page of a temporary add-on',
    'reload-extension': 'a temporary add-on cannot be reloaded as an update from the harness',
    'disable-extension': 'the harness has no way to disable a temporary add-on (no management page API)',
    'observe-all-requests': 'puppeteer reports requests per page only, not the whole browser\u2019s',
    'open-browser-page':
      'puppeteer over WebDriver BiDi cannot take a tab to an about: page here (tried: the navigation never commits)',
    'chromium-driver': NOT_IN_FIREFOX_DRIVER,
  },
  async launch(withoutExtension) {
    const browser = await launchFirefox();
    try {
      const before = withoutExtension ? await withoutExtension(browser) : undefined;
      await browser.installExtension();
      return { browser, before };
    } catch (error) {
      await browser.close();
      throw error;
    }
  },
};

export const BROWSERS: readonly BrowserUnderTest[] = [CHROMIUM, FIREFOX];

function selectedBrowsers(): readonly BrowserUnderTest[] {
  const wanted = process.env.MEDGLANCE_BROWSERS?.toLowerCase()
    .split(',')
    .map((name) => name.trim());
  return wanted ? BROWSERS.filter((browser) => wanted.includes(browser.kind)) : BROWSERS;
}

/** Registers the same tests once per browser, each browser in its own describe block. */
export function forEachBrowser(body: (target: BrowserUnderTest) => void): void {
  for (const target of selectedBrowsers()) describe(target.name, () => body(target));
}

function skippedName(target: BrowserUnderTest, capability: Capability, name: string): string | undefined {
  const reason = target.cannot[capability];
  return reason === undefined ? undefined : `${name} [skipped in ${target.name}: ${reason}]`;
}

/** A test that needs `capability`: registered as skipped, with the reason, where the browser lacks it. */
export function itWhere(
  target: BrowserUnderTest,
  capability: Capability,
  name: string,
  fn: () => Promise<void>,
  timeout?: number,
): void {
  const skipped = skippedName(target, capability, name);
  if (skipped) it.skip(skipped, fn);
  else it(name, fn, timeout);
}

/** A block of tests that needs `capability`: all registered as skipped, with the reason, where the browser lacks it. */
export function describeWhere(target: BrowserUnderTest, capability: Capability, name: string, body: () => void): void {
  const skipped = skippedName(target, capability, name);
  if (skipped) describe.skip(skipped, body);
  else describe(name, body);
}

/** The browser as Chromium, for a test registered through itWhere/describeWhere('chromium-driver' or another Chromium-only step). */
export function asChromium(browser: ExtensionBrowser): ChromiumWithExtension {
  if (browser.kind !== 'chromium') throw new Error('This step runs in Chromium only');
  return browser;
}
