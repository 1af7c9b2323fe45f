/**
 * The Chromium harness itself works: the build loads, its service worker runs, the test server
 * answers on two origins, the popup page opens. Independent of the scanner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { startTestServers, type TestServers } from './harness/server';

let browser: ChromiumWithExtension;
let servers: TestServers;

beforeAll(async () => {
  servers = await startTestServers();
  browser = await launchChromiumWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

describe('Chromium harness', () => {
  it('loads the extension: its service worker runs and the extension id is known', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await browser.serviceWorker();
    expect(worker.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/`));
    const manifest = await worker.evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }
        ).chrome.runtime.getManifest(),
      undefined,
    );
    expect(manifest.name).toBe('MedGlance');
  });

  it('serves test pages from two loopback origins with per-page headers', async () => {
    expect(servers.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(servers.otherOrigin).not.toBe(servers.origin);
    const page = await browser.open(servers.url('article.html'));
    try {
      expect(await page.page.title()).toContain('panic disorder');
      const tabId = await page.tabId();
      expect(tabId).toBeGreaterThan(0);
      expect(typeof (await browser.badgeText(tabId))).toBe('string');
    } finally {
      await page.close();
    }
    const response = await fetch(`${servers.otherOrigin}/csp-style-none.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("style-src 'none'");
  });

  it('opens the popup page as an extension page', async () => {
    const popup = await browser.openExtensionPage('popup/index.html');
    try {
      expect(popup.url()).toBe(`chrome-extension://${browser.extensionId}/popup/index.html`);
      await popup.waitForLoadState('load');
      expect(await popup.evaluate(() => document.readyState)).toBe('complete');
    } finally {
      await popup.close();
    }
  });

  it('stops the service worker and still reads badges and tabs while it is stopped', async () => {
    const page = await browser.open(servers.url('article.html'));
    try {
      await browser.stopServiceWorker();
      const tabId = await page.tabId();
      expect(typeof (await browser.badgeText(tabId))).toBe('string');
    } finally {
      await page.close();
    }
  });
});
