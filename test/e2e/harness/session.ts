/**
 * What the scenario tests need from a browser, the same for Chromium (playwright-core) and
 * Firefox (puppeteer-core): open a page, run probes in each of its frames, read the tab's badge.
 */
import { resolve } from 'node:path';

/** The folder holding chrome/ and firefox/ builds: MEDGLANCE_DIST, else dist/. */
export function distDir(): string {
  return resolve(process.env.MEDGLANCE_DIST ?? 'dist');
}

export interface ProbeFrame {
  /** window.name of the frame ('' for the top frame). */
  readonly name: string;
  readonly url: string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface TestPage {
  readonly url: string;
  readonly main: ProbeFrame;
  /** Every frame of the page that has a document, the top frame first. */
  frames(): Promise<ProbeFrame[]>;
  /** The tab's badge text; undefined when this browser gives tests no way to read it. */
  badgeText(): Promise<string | undefined>;
  /** Uncaught errors the driver saw in the page (all frames it reports). */
  readonly errors: string[];
  close(): Promise<void>;
  /** The page's tab id (read through the extension: only in a browser with it). */
  tabId(): Promise<number>;
  /** Navigates the tab and waits for the load. */
  goto(url: string): Promise<void>;
  goBack(): Promise<void>;
  goForward(): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Moves the mouse pointer to (x, y) in the viewport, in `steps` moves (1 by default). */
  movePointer(x: number, y: number, steps?: number): Promise<void>;
  /** Moves the mouse pointer to (x, y) and clicks there. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses and releases a key (names as in both drivers: 'Escape', 'Tab', 'Enter'). */
  press(key: string): Promise<void>;
}

export interface TestBrowser {
  readonly kind: 'chromium' | 'firefox';
  open(url: string): Promise<TestPage>;
  close(): Promise<void>;
}

/** An extension page open in a tab (the popup, options, reference), driven the same way in both browsers. */
export interface ExtensionTab {
  readonly main: ProbeFrame;
  focus(selector: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

/** What tests need from a browser with the extension, the same in both browsers. */
export interface ExtensionTestBrowser extends TestBrowser {
  /** Opens an extension page (e.g. 'popup/index.html?tab=3') in a tab and waits until it has loaded. */
  openExtensionTab(path: string): Promise<ExtensionTab>;
  /** Sends a runtime message to the background, from an extension page; resolves with its answer. */
  sendToBackground(message: unknown): Promise<unknown>;
  /** Everything in the extension's storage.session. */
  sessionStorage(): Promise<Record<string, unknown>>;
}

export interface WaitOptions {
  timeout?: number;
  interval?: number;
  message?: string;
}

/**
 * Polls `read` until `accept` says yes; returns the last value read either way so the caller's
 * own assertion reports what was really there (a timeout here is not an assertion).
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 5_000, interval = 50 }: WaitOptions = {},
): Promise<{ value: T; ok: boolean; elapsed: number }> {
  const started = Date.now();
  for (;;) {
    let value: T;
    try {
      value = await read();
    } catch (error) {
      if (Date.now() - started > timeout) throw error;
      await sleep(interval);
      continue;
    }
    const elapsed = Date.now() - started;
    if (accept(value)) return { value, ok: true, elapsed };
    if (elapsed > timeout) return { value, ok: false, elapsed };
    await sleep(interval);
  }
}

/** Polls until `check` returns true, throwing with `message` after the timeout. */
export async function waitFor(check: () => Promise<boolean>, options: WaitOptions = {}): Promise<void> {
  const { ok } = await pollUntil(check, (value) => value, options);
  if (!ok) throw new Error(`Timed out after ${options.timeout ?? 5_000} ms: ${options.message ?? 'condition'}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
