/**
 * The Firefox harness itself works: firefox-esr starts over BiDi, the build installs as a
 * temporary add-on under the fixed UUID, its extension pages open and can read the badge API.
 * Independent of the scanner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefox, type FirefoxBrowser } from './harness/firefox';
import { startTestServers, type TestServers } from './harness/server';

let browser: FirefoxBrowser;
let servers: TestServers;

beforeAll(async () => {
  servers = await startTestServers();
  browser = await launchFirefox();
  await browser.installExtension();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

describe('Firefox harness', () => {
  it('installs the extension and opens its popup page under the fixed UUID', async () => {
    const popup = await browser.openExtensionPage('popup/index.html');
    try {
      const manifest = await popup.evaluate(() =>
        (
          globalThis as unknown as { browser: { runtime: { getManifest(): { name: string } } } }
        ).browser.runtime.getManifest(),
      );
      expect(manifest.name).toBe('MedGlance');
      expect(await popup.evaluate(() => location.origin)).toBe(EXTENSION_ORIGIN);
    } finally {
      await popup.close();
    }
  });

  it('loads a served page and reads its tab badge', async () => {
    const page = await browser.open(servers.url('article.html'));
    try {
      expect(await page.page.title()).toContain('panic disorder');
      expect(typeof (await page.badgeText())).toBe('string');
    } finally {
      await page.close();
    }
  });
});
