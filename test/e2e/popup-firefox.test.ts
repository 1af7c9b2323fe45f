/**
 * Issue 6 in Firefox (smaller than the Chromium file): the popup page opened for a served tab
 * shows its count, switches its highlights off and on, and checks an interaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxBrowser, type FirefoxTestPage } from './harness/firefox';
import { readHighlightRanges } from './harness/probes';
import { startTestServers, type TestServers } from './harness/server';
import { pollUntil } from './harness/session';

const ARTICLE_MENTIONS = 6;

let servers: TestServers;
let firefox: FirefoxBrowser;
let article: FirefoxTestPage;
let popup: Page;

beforeAll(async () => {
  servers = await startTestServers();
  firefox = await launchFirefox();
  await firefox.installExtension();
  article = await firefox.open(servers.url('article.html'));
  const probe = await firefox.openExtensionPage('manifest.json');
  const url = article.page.url();
  const tabId = await probe.evaluate(async (pageUrl) => {
    type Api = { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { browser: Api }).browser.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? -1;
  }, url);
  await probe.close();
  popup = await firefox.openExtensionPage(`popup/index.html?tab=${tabId}&view=settings`);
});

afterAll(async () => {
  await firefox?.close();
  await servers?.close();
});

const countText = () => popup.evaluate(() => document.querySelector('.count-text')?.textContent ?? '');
const highlightCount = async () => (await article.main.evaluate(readHighlightRanges)).length;
const clickByText = (selector: string, text: string) =>
  popup.evaluate(
    ({ selector, text }) => {
      const target = [...document.querySelectorAll<HTMLElement>(selector)].find((element) => element.textContent?.includes(text));
      target?.click();
      return Boolean(target);
    },
    { selector, text },
  );

describe('popup in Firefox', () => {
  it('shows the tab\'s mention count', async () => {
    const { value } = await pollUntil(countText, (text) => text === `${ARTICLE_MENTIONS} mentions on this page`, { timeout: 10_000 });
    expect(value).toBe(`${ARTICLE_MENTIONS} mentions on this page`);
  });

  it('the header switch beside the count turns the tab\'s highlights off and on at once', async () => {
    await pollUntil(highlightCount, (n) => n === ARTICLE_MENTIONS, { timeout: 10_000 });
    expect(await clickByText('.popup-header .switch-row', 'Highlight mentions')).toBe(true);
    const off = await pollUntil(highlightCount, (n) => n === 0, { timeout: 3_000 });
    expect(off.value).toBe(0);
    expect(await clickByText('.popup-header .switch-row', 'Highlight mentions')).toBe(true);
    const on = await pollUntil(highlightCount, (n) => n === ARTICLE_MENTIONS, { timeout: 3_000 });
    expect(on.value).toBe(ARTICLE_MENTIONS);
  });

  it('checks an interaction typed with a typo', async () => {
    expect(await clickByText('[role="tab"]', 'Interactions')).toBe(true);
    await popup.focus('#checker-input');
    await popup.keyboard.type('xanex');
    await popup.keyboard.press('Enter');
    const { value } = await pollUntil(
      () => popup.evaluate(() => document.querySelector('.result-title')?.textContent ?? ''),
      (text) => text.includes('Xanax'),
      { timeout: 3_000 },
    );
    expect(value).toContain('Xanax + Clonazepam');
  });

  it('the sidebar (sidebar_action) page loads with the reference, the checker and the header switches', async () => {
    const panel = await firefox.openExtensionPage('popup/panel.html');
    try {
      const loaded = await pollUntil(
        () =>
          panel.evaluate(() => ({
            tabs: [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
            switches: document.querySelectorAll('.popup-header input[type="checkbox"]').length,
          })),
        (state) => state.tabs.length === 3 && state.switches >= 1,
        { timeout: 10_000 },
      );
      expect(loaded.value.tabs).toEqual(['Reference', 'Interactions', 'Settings']);
      // Firefox took the manifest's sidebar: its API is there and answers for this add-on.
      const sidebar = await panel.evaluate(async () => {
        type Api = { sidebarAction?: { getPanel(details: object): Promise<string> }; runtime: { getManifest(): { sidebar_action?: { default_panel?: string } } } };
        const api = (globalThis as unknown as { browser: Api }).browser;
        return { declared: api.runtime.getManifest().sidebar_action?.default_panel, panel: await api.sidebarAction?.getPanel({}) };
      });
      expect(sidebar.declared).toMatch(/\/popup\/panel\.html$/);
      expect(sidebar.panel).toMatch(/\/popup\/panel\.html$/);
    } finally {
      await panel.close();
    }
  });

  it('a lookup of a name from the interaction table opens the checker with it', async () => {
    const page = await firefox.openExtensionPage(`popup/index.html?lookup=${encodeURIComponent('my oxycodone refill')}`);
    try {
      const { value } = await pollUntil(
        () => page.evaluate(() => document.querySelector('.chips')?.textContent ?? ''),
        (text) => text.includes('oxycodone'),
        { timeout: 10_000 },
      );
      expect(value).toContain('oxycodone');
      expect(await page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent)).toBe('Interactions');
    } finally {
      await page.close();
    }
  });
});
