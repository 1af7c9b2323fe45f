/**
 * The tooltip's contract in a real Firefox (firefox-esr over WebDriver BiDi): content scripts
 * there live behind Xray wrappers, so adopted stylesheets, the top layer and hit-testing are
 * checked again, on a normal page and on the hostile ones, plus the keyboard step through the
 * Firefox background page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxBrowser, type FirefoxTestPage } from './harness/firefox';
import { startTestServers, type TestServers } from './harness/server';
import { pageIsDone, pageRecordedErrors } from './harness/probes';
import { pollUntil, sleep, waitFor } from './harness/session';

const VIEWPORT = { width: 1280, height: 720 };

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

interface TooltipState {
  present: boolean;
  role: string;
  name: string;
  text: string;
  buttons: string[];
  box: { x: number; y: number; width: number; height: number } | null;
  topmost: string;
  fontSize: string;
  background: string;
}

/** Reads the tooltip from the page, using the page's saved DOM methods where it replaced them. */
function readTooltip(page: Page): Promise<TooltipState> {
  return page.evaluate(() => {
    const real = (window as unknown as { realDom?: { elementRect: Element['getBoundingClientRect']; getComputedStyle: typeof getComputedStyle } }).realDom;
    const host = document.querySelector('medglance-tooltip');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!host || !dialog) {
      return { present: false, role: '', name: '', text: '', buttons: [], box: null, topmost: '', fontSize: '', background: '' };
    }
    const rect = (real?.elementRect ?? Element.prototype.getBoundingClientRect).call(dialog);
    const style = (real?.getComputedStyle ?? getComputedStyle)(dialog);
    const title = host.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    return {
      present: true,
      role: dialog.getAttribute('role') ?? '',
      name: title?.textContent ?? '',
      text: dialog.textContent ?? '',
      buttons: [...dialog.querySelectorAll('button')].map((button) => button.textContent ?? ''),
      box: rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      topmost: document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)?.localName ?? '',
      fontSize: style.fontSize,
      background: style.backgroundColor,
    };
  });
}

async function wordCenter(page: Page, id: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (elementId: string, text: string) => {
      const real = (window as unknown as { realDom?: { rangeRects: Range['getClientRects']; createRange: Document['createRange'] } }).realDom;
      const element = document.getElementById(elementId)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(text);
        if (index === -1) continue;
        const range = real ? real.createRange.call(document) : document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + text.length);
        const rect = (real ? real.rangeRects.call(range) : range.getClientRects())[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${text}" not found in #${elementId}`);
    },
    id,
    word,
  );
}

async function openPage(name: string): Promise<FirefoxTestPage> {
  const test = await browser.open(servers.url(name));
  await test.page.setViewport(VIEWPORT);
  await waitFor(() => test.main.evaluate(pageIsDone), { message: `${name} done` });
  await waitFor(
    () =>
      test.main.evaluate(() => {
        const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
        return (registry?.get('medglance')?.size ?? 0) > 0;
      }),
    { timeout: 10_000, message: `mentions highlighted on ${name}` },
  );
  return test;
}

async function waitForTooltip(page: Page, present: boolean, timeout = 3_000): Promise<TooltipState> {
  const { value } = await pollUntil(() => readTooltip(page), (state) => state.present === present && (!present || state.box !== null), {
    timeout,
    interval: 25,
  });
  return value;
}

function expectContract(state: TooltipState): void {
  expect(state.role).toBe('dialog');
  expect(state.name.length).toBeGreaterThan(0);
  expect(state.text.toLowerCase()).toContain('clonazepam');
  expect(state.buttons).toContain('Full reference');
  expect(state.box).not.toBeNull();
  const box = state.box!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  expect(state.topmost).toBe('medglance-tooltip');
  expect(state.fontSize).toBe('15px');
  expect(state.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
}

describe('tooltip in Firefox', () => {
  const pages = [
    { name: 'tooltip-basic.html', id: 'first' },
    { name: 'tooltip-restyle-all.html', id: 'first' },
    { name: 'tooltip-csp.html', id: 'first' },
    { name: 'csp-style-none.html', id: 'p2' },
    { name: 'tooltip-prototypes.html', id: 'first' },
    { name: 'tooltip-rtl.html', id: 'first' },
    { name: 'tooltip-custom-element.html', id: 'first' },
  ];

  for (const { name, id } of pages) {
    it(`${name}: hover shows the dialog in time, Escape dismisses it`, async () => {
      const test = await openPage(name);
      const { page } = test;
      try {
        const errorsBefore = await page.evaluate(pageRecordedErrors);
        // The CSP pages report their own blocked inline style and sink at load: only new ones count.
        const driverErrorsBefore = test.errors.length;
        const point = await wordCenter(page, id, 'Klonopin');
        await page.mouse.move(2, VIEWPORT.height - 2);
        await sleep(50);
        const started = Date.now();
        await page.mouse.move(point.x, point.y);
        const state = await waitForTooltip(page, true);
        // Measured from outside the page: includes the driver's round trips, so a wider bound
        // than the in-page 500 ms the Chromium tests hold.
        expect(Date.now() - started).toBeLessThan(1_500);
        expectContract(state);
        await page.keyboard.press('Escape');
        expect((await waitForTooltip(page, false, 1_000)).present).toBe(false);
        expect(await page.evaluate(pageRecordedErrors)).toEqual(errorsBefore);
        expect(test.errors.slice(driverErrorsBefore)).toEqual([]);
      } finally {
        await test.close();
      }
    });
  }

  it('the pointer can move into it without it closing', async () => {
    const test = await openPage('tooltip-basic.html');
    const { page } = test;
    try {
      const point = await wordCenter(page, 'first', 'Klonopin');
      await page.mouse.move(point.x, point.y);
      const { box } = await waitForTooltip(page, true);
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 10 });
      await sleep(1_000);
      expect((await readTooltip(page)).present).toBe(true);
    } finally {
      await test.close();
    }
  });

  it('a step request through the background opens the tooltip and moves focus into it', async () => {
    const test = await openPage('tooltip-basic.html');
    const url = test.page.url();
    const extensionPage = await browser.openExtensionPage('manifest.json');
    try {
      await extensionPage.evaluate(async (pageUrl: string) => {
        type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const api = (globalThis as unknown as { browser: Api }).browser;
        const tab = (await api.tabs.query({})).find((candidate) => candidate.url === pageUrl);
        await api.runtime.sendMessage({ type: 'step-mention', tabId: tab!.id, direction: 1 });
      }, url);
    } finally {
      await extensionPage.close();
    }
    try {
      const state = await waitForTooltip(test.page, true);
      expect(state.role).toBe('dialog');
      expect(state.name).toMatch(/^Klonopin, /);
      expect(await test.page.evaluate(() => document.activeElement?.localName)).toBe('medglance-tooltip');
    } finally {
      await test.close();
    }
  });
  it('steps only through mentions a reader can see (hidden spam, closed menu, inactive tab and closed details skipped)', async () => {
    const test = await browser.open(servers.url('visibility.html'));
    const url = test.page.url();
    await pollUntil(() => test.badgeText(), (text) => text === '4');
    const extensionPage = await browser.openExtensionPage('manifest.json');
    const title = () =>
      test.page.evaluate(() => document.querySelector('medglance-tooltip')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent?.split(',')[0] ?? '');
    const visited: string[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        await extensionPage.evaluate(async (pageUrl: string) => {
          type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const api = (globalThis as unknown as { browser: Api }).browser;
          const tab = (await api.tabs.query({})).find((candidate) => candidate.url === pageUrl);
          await api.runtime.sendMessage({ type: 'step-mention', tabId: tab!.id, direction: 1 });
        }, url);
        const { value } = await pollUntil(title, (text) => text !== '' && text !== visited.at(-1), { timeout: 6_000 });
        visited.push(value);
      }
    } finally {
      await extensionPage.close();
      await test.close();
    }
    expect(visited).toEqual(['Klonopin', 'clonazepam', 'Rivotril', 'Klonopin']);
  });

  it('steps across frames through the background: every frame with mentions, cross-origin included', async () => {
    const test = await browser.open(servers.url('frames.html'));
    const url = test.page.url();
    await pollUntil(() => test.badgeText(), (text) => text === '7');
    const extensionPage = await browser.openExtensionPage('manifest.json');
    const shownIn = async () => {
      const found: string[] = [];
      for (const frame of test.page.frames()) {
        const state = await frame
          .evaluate(() => {
            const title = document.querySelector('medglance-tooltip')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent;
            return title ? `${window.name}:${title.split(',')[0]}` : null;
          })
          .catch(() => null);
        if (state) found.push(state);
      }
      return found;
    };
    const visited: string[] = [];
    try {
      for (let i = 0; i < 7; i++) {
        await extensionPage.evaluate(async (pageUrl: string) => {
          type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const api = (globalThis as unknown as { browser: Api }).browser;
          const tab = (await api.tabs.query({})).find((candidate) => candidate.url === pageUrl);
          await api.runtime.sendMessage({ type: 'step-mention', tabId: tab!.id, direction: 1 });
        }, url);
        const { value } = await pollUntil(shownIn, (list) => list.length === 1 && list[0] !== visited.at(-1), { timeout: 6_000 });
        visited.push(value.join(' + '));
      }
    } finally {
      await extensionPage.close();
      await test.close();
    }
    expect(visited).toEqual([':Klonopin', 'same:Klonopin', 'same:clonazepam', 'srcdoc:Rivotril', 'blank:clonazepam', 'cross:Klonopin', 'cross:K-pin']);
  });
});

describe('compact summary in Firefox', () => {
  /** Height, first-view items and the disclosure state, read from the tooltip's shadow root. */
  const compactView = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('medglance-tooltip')?.shadowRoot;
      const panel = root?.querySelector<HTMLElement>('[role="dialog"]');
      if (!root || !panel) return null;
      const lines = (element: Element | null) =>
        element ? Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)) : 0;
      const more = root.querySelector<HTMLElement>('button[aria-controls]');
      const region = more ? root.getElementById(more.getAttribute('aria-controls')!) : null;
      const body = root.querySelector<HTMLElement>('.body')!;
      return {
        height: panel.getBoundingClientRect().height,
        bottom: panel.getBoundingClientRect().bottom,
        boxedLines: lines(root.querySelector('.boxed-line')),
        otherLines: [...root.querySelectorAll('.others-block .others li')].map(lines),
        count: root.querySelector('.others-count')?.textContent ?? '',
        urgent: root.querySelector('.urgent')?.textContent ?? '',
        buttons: [...panel.querySelectorAll('button')].map((button) => button.textContent ?? ''),
        expanded: more?.getAttribute('aria-expanded') ?? null,
        regionShown: region ? region.getBoundingClientRect().height > 0 : false,
        scrolls: body.scrollHeight > body.clientHeight + 1,
        focused: root.activeElement?.textContent ?? '',
      };
    });

  it('at 1280x800: at most 360 px with the first-view items; "More" by mouse scrolls inside the viewport; a new one opens compact', async () => {
    const test = await openPage('tooltip-forum-others.html');
    const { page } = test;
    try {
      await page.setViewport({ width: 1280, height: 800 });
      const point = await wordCenter(page, 'first', 'Klonopin');
      await page.mouse.move(point.x, point.y);
      await waitForTooltip(page, true);
      const view = (await compactView(page))!;
      expect(view.height).toBeLessThanOrEqual(360);
      expect(view.boxedLines).toBe(1);
      expect(view.otherLines).toEqual([1, 1]);
      expect(view.count).toMatch(/^and \d+ more$/);
      expect(view.urgent).toContain('911');
      expect(view.buttons).toEqual(['\u00D7', 'Full reference', 'Interactions', 'More warnings and sources']);
      expect(view.expanded).toBe('false');

      await page.setViewport(VIEWPORT);
      const moved = await wordCenter(page, 'first', 'Klonopin');
      await page.mouse.move(moved.x, moved.y);
      const state = await waitForTooltip(page, true);
      // Into the tooltip and onto "More", as a person would.
      const more = await page.evaluate(() => {
        const button = document.querySelector('medglance-tooltip')!.shadowRoot!.querySelector('button[aria-controls]')!.getBoundingClientRect();
        return { x: button.x + button.width / 2, y: button.y + button.height / 2 };
      });
      await page.mouse.move(state.box!.x + 20, state.box!.y + 20, { steps: 5 });
      await page.mouse.click(more.x, more.y);
      const { value: open } = await pollUntil(() => compactView(page), (current) => current?.regionShown === true, { timeout: 3_000 });
      expect(open?.expanded).toBe('true');
      expect(open!.bottom).toBeLessThanOrEqual(VIEWPORT.height);
      expect(open!.height).toBeGreaterThan(360);
      expect(open!.scrolls).toBe(true);

      await page.keyboard.press('Escape');
      expect((await waitForTooltip(page, false, 1_000)).present).toBe(false);
      await page.mouse.move(2, VIEWPORT.height - 2);
      await sleep(50);
      await page.mouse.move(moved.x, moved.y);
      await waitForTooltip(page, true);
      expect((await compactView(page))?.expanded).toBe('false');
    } finally {
      await test.close();
    }
  });

  it('"More" by keyboard: Tab reaches it, Enter opens and closes it, Escape closes the tooltip', async () => {
    const test = await openPage('tooltip-forum-others.html');
    const url = test.page.url();
    const extensionPage = await browser.openExtensionPage('manifest.json');
    try {
      await extensionPage.evaluate(async (pageUrl: string) => {
        type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const api = (globalThis as unknown as { browser: Api }).browser;
        const tab = (await api.tabs.query({})).find((candidate) => candidate.url === pageUrl);
        await api.runtime.sendMessage({ type: 'step-mention', tabId: tab!.id, direction: 1 });
      }, url);
    } finally {
      await extensionPage.close();
    }
    const { page } = test;
    try {
      await waitForTooltip(page, true);
      for (let i = 0; i < 8 && (await compactView(page))?.focused !== 'More warnings and sources'; i++) await page.keyboard.press('Tab');
      expect((await compactView(page))?.focused).toBe('More warnings and sources');
      await page.keyboard.press('Enter');
      await pollUntil(() => compactView(page), (view) => view?.expanded === 'true', { timeout: 3_000 });
      expect((await compactView(page))?.regionShown).toBe(true);
      await page.keyboard.press('Enter');
      await pollUntil(() => compactView(page), (view) => view?.expanded === 'false', { timeout: 3_000 });
      expect((await compactView(page))?.expanded).toBe('false');
      await page.keyboard.press('Escape');
      expect((await waitForTooltip(page, false, 1_000)).present).toBe(false);
    } finally {
      await test.close();
    }
  });
});
