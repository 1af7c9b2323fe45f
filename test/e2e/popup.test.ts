/**
 * The popup page opened for a served tab (popup/index.html?tab=ID): it shows the tab's mention
 * count, its header switch turns the tab's highlights off and on at once, the interaction checker
 * answers (with its care wording and urgent help beside the results, methadone's own advice, and
 * names added from the fact sheet's class lists), a lookup opens the checker; Firefox's sidebar page loads. One list, run in Chromium and in
 * Firefox. The in-depth block (live count, stepping, site switches, other tabs and frames, highlight
 * style, keyboard navigation, reference search and deep links, axe-core in light and dark, nothing
 * wider than the 400 px popup, looking up selected text, the side panel, README screenshots) is
 * written with Chromium's driver; Firefox lists it as skipped (harness/browsers.ts says why).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { asChromium, describeWhere, forEachBrowser, itWhere, type ExtensionBrowser } from './harness/browsers';
import { waitForBadge, type ChromiumTestPage, type ChromiumWithExtension } from './harness/chromium';
import { readHighlightRanges } from './harness/probes';
import { startTestServers, type TestServers } from './harness/server';
import { STORE_SCREENSHOT_SIZE, pageWithPanel, writeStoreScreenshot } from './harness/store-screenshots';
import { pollUntil, type ExtensionTab, type TestPage } from './harness/session';
import { BUNDLED_DRUGS } from '../../src/drugs/index';
import { SESSION_KEYS } from '../../src/messages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = 'docs/screenshots';
const POPUP_SIZE = { width: 400, height: 600 };
const ARTICLE_MENTIONS = 6;

forEachBrowser((target) => {
  let extension: ExtensionBrowser;
  let testServers: TestServers;
  let articleTab: TestPage;

  beforeAll(async () => {
    testServers = await startTestServers();
    extension = (await target.launch()).browser;
    articleTab = await extension.open(testServers.url('article.html'));
  });

  afterAll(async () => {
    await extension?.close();
    await testServers?.close();
  });

  describe('popup for a tab, settings view', () => {
    let popup: ExtensionTab;

    beforeAll(async () => {
      popup = await extension.openExtensionTab(`popup/index.html?tab=${await articleTab.tabId()}&view=settings`);
    });

    afterAll(async () => {
      await popup?.close();
    });

    const popupCount = () => popup.main.evaluate(() => document.querySelector('.count-text')?.textContent ?? '');
    const articleHighlights = async () => (await articleTab.main.evaluate(readHighlightRanges)).length;
    const clickByText = (selector: string, text: string) =>
      popup.main.evaluate(
        ({ selector, text }) => {
          const target = [...document.querySelectorAll<HTMLElement>(selector)].find((element) =>
            element.textContent?.includes(text),
          );
          target?.click();
          return Boolean(target);
        },
        { selector, text },
      );

    it("shows the tab's mention count", async () => {
      const { value } = await pollUntil(popupCount, (text) => text === `${ARTICLE_MENTIONS} mentions on this page`, {
        timeout: 10_000,
      });
      expect(value).toBe(`${ARTICLE_MENTIONS} mentions on this page`);
    });

    it("the header switch beside the count turns the tab's highlights off and on at once", async () => {
      await pollUntil(articleHighlights, (n) => n === ARTICLE_MENTIONS, { timeout: 10_000 });
      expect(await clickByText('.popup-header .switch-row', 'Highlight mentions')).toBe(true);
      const off = await pollUntil(articleHighlights, (n) => n === 0, { timeout: 3_000 });
      expect(off.value).toBe(0);
      expect(await clickByText('.popup-header .switch-row', 'Highlight mentions')).toBe(true);
      const on = await pollUntil(articleHighlights, (n) => n === ARTICLE_MENTIONS, { timeout: 3_000 });
      expect(on.value).toBe(ARTICLE_MENTIONS);
    });

    it('checks an interaction typed with a typo', async () => {
      expect(await clickByText('[role="tab"]', 'Interactions')).toBe(true);
      await popup.focus('#checker-input');
      await popup.type('xanex');
      await popup.press('Enter');
      const { value } = await pollUntil(
        () => popup.main.evaluate(() => document.querySelector('.result-title')?.textContent ?? ''),
        (text) => text.includes('Xanax'),
        { timeout: 3_000 },
      );
      expect(value).toContain('Xanax + Clonazepam');
    });
  });

  describe('the interaction checker in its own view', () => {
    const clonazepam = BUNDLED_DRUGS.find((drug) => drug.id === 'clonazepam')!;
    let checker: ExtensionTab;

    beforeEach(async () => {
      checker = await extension.openExtensionTab(`popup/index.html?tab=${await articleTab.tabId()}&view=checker`);
      await pollUntil(
        () => checker.main.evaluate(() => document.querySelector('#checker-input') !== null),
        (ready) => ready,
        { timeout: 10_000 },
      );
    });

    afterEach(async () => {
      await checker?.close();
    });

    /** Types a name into the checker and submits it. */
    async function check(name: string): Promise<void> {
      await checker.focus('#checker-input');
      await checker.type(name);
      await checker.press('Enter');
    }

    /** What the checker view shows: its care wording, urgent help and result cards, with their boxes. */
    const checkerView = () =>
      checker.main.evaluate(() => {
        const view = document.querySelector('section.checker');
        const shown = (element: Element | null | undefined) => {
          const box = element?.getBoundingClientRect();
          return Boolean(box && box.width > 0 && box.height > 0);
        };
        const care = view?.querySelector('.checker-care');
        const urgent = care?.querySelector('.urgent-help');
        return {
          disclaimer: care?.querySelector('.disclaimer')?.textContent ?? '',
          disclaimerShown: shown(care?.querySelector('.disclaimer')),
          urgentSummary: urgent?.querySelector('summary')?.textContent ?? '',
          urgentShown: shown(urgent?.querySelector('summary')),
          urgentText: urgent?.textContent ?? '',
          cards: [...(view?.querySelectorAll('.result-card') ?? [])].map((card) => ({
            title: card.querySelector('.result-title')?.textContent ?? '',
            severity: card.querySelector('.severity')?.textContent ?? '',
            text: card.textContent ?? '',
            shown: shown(card),
          })),
        };
      });

    it('shows the not-medical-advice line and the urgent-help numbers beside the results', async () => {
      await check('oxycodone');
      const { value: view } = await pollUntil(checkerView, (current) => current.cards.length > 0, {
        timeout: 5_000,
      });
      expect(view.cards[0]!.shown).toBe(true);
      expect(view.disclaimer).toBe(clonazepam.disclaimer);
      expect(view.disclaimerShown).toBe(true);
      expect(view.disclaimer).toMatch(/not medical advice/i);
      expect(view.urgentShown).toBe(true);
      const numbers = clonazepam.emergencyHelp.map((help) => help.number).filter((number) => /\d/.test(number));
      expect(numbers.some((number) => view.urgentSummary.includes(number))).toBe(true);
      expect(view.urgentText).toContain('Get emergency help now');
      for (const sign of clonazepam.urgentSigns) expect(view.urgentText).toContain(sign.text);
    });

    it('methadone: rated serious, slowed breathing, and not to stop either medicine on one\u2019s own', async () => {
      await check('methadone');
      const { value: view } = await pollUntil(
        checkerView,
        (current) => current.cards.some((card) => /methadone/i.test(card.title)),
        { timeout: 5_000 },
      );
      const card = view.cards.find((candidate) => /methadone/i.test(candidate.title))!;
      expect(card.title).toContain('Clonazepam');
      expect(card.severity).toMatch(/Serious/);
      expect(card.text).toMatch(/slow(?:ed)? breathing/i);
      expect(card.text).toMatch(/do not stop either on your own/i);
      expect(card.text).not.toMatch(/\bavoid\b/i);
    });

    it('offers a name added from the fact sheet\u2019s class lists (Dilaudid) as the reader types, and checks it', async () => {
      await checker.focus('#checker-input');
      await checker.type('Dilaud');
      const { value: options } = await pollUntil(
        () =>
          checker.main.evaluate(() =>
            [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent ?? ''),
          ),
        (texts) => texts.some((text) => text.includes('Dilaudid')),
        { timeout: 5_000 },
      );
      expect(options.some((text) => text.includes('Dilaudid'))).toBe(true);
      await checker.press('ArrowDown');
      await checker.press('Enter');
      const { value: view } = await pollUntil(
        checkerView,
        (current) => current.cards.some((card) => card.title.includes('Dilaudid')),
        { timeout: 5_000 },
      );
      const card = view.cards.find((candidate) => candidate.title.includes('Dilaudid'))!;
      expect(card.severity).toMatch(/Serious/);
      expect(card.text).toMatch(/breathing/i);
    });
  });

  it('a lookup of a name from the interaction table opens the checker with it', async () => {
    const page = await extension.openExtensionTab(
      `popup/index.html?lookup=${encodeURIComponent('my oxycodone refill')}`,
    );
    try {
      const { value } = await pollUntil(
        () => page.main.evaluate(() => document.querySelector('.chips')?.textContent ?? ''),
        (text) => text.includes('oxycodone'),
        { timeout: 10_000 },
      );
      expect(value).toContain('oxycodone');
      expect(
        await page.main.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent),
      ).toBe('Interactions');
    } finally {
      await page.close();
    }
  });

  itWhere(
    target,
    'sidebar-action',
    'the sidebar (sidebar_action) page loads with the reference, the checker and the header switches',
    async () => {
      const panel = await extension.openExtensionTab('popup/panel.html');
      try {
        const loaded = await pollUntil(
          () =>
            panel.main.evaluate(() => ({
              tabs: [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
              switches: document.querySelectorAll('.popup-header input[type="checkbox"]').length,
            })),
          (state) => state.tabs.length === 3 && state.switches >= 1,
          { timeout: 10_000 },
        );
        expect(loaded.value.tabs).toEqual(['Reference', 'Interactions', 'Settings']);
        // Firefox took the manifest's sidebar: its API is there and answers for this add-on.
        const sidebar = await panel.main.evaluate(async () => {
          type Api = {
            sidebarAction?: { getPanel(details: object): Promise<string> };
            runtime: { getManifest(): { sidebar_action?: { default_panel?: string } } };
          };
          const api = (globalThis as unknown as { browser: Api }).browser;
          return {
            declared: api.runtime.getManifest().sidebar_action?.default_panel,
            panel: await api.sidebarAction?.getPanel({}),
          };
        });
        expect(sidebar.declared).toMatch(/\/popup\/panel\.html$/);
        expect(sidebar.panel).toMatch(/\/popup\/panel\.html$/);
      } finally {
        await panel.close();
      }
    },
  );

  describeWhere(target, 'chromium-driver', 'in depth', () =>
    inDepthTests({
      browser: () => asChromium(extension),
      servers: () => testServers,
      article: () => articleTab as ChromiumTestPage,
    }),
  );
});

// ---------------------------------------------------------------------------------------------
// In depth, with Chromium's driver (playwright locators, emulated media, screenshots).

let servers: TestServers;
let browser: ChromiumWithExtension;
let article: ChromiumTestPage;
let tabId: number;

function inDepthTests(session: {
  browser: () => ChromiumWithExtension;
  servers: () => TestServers;
  article: () => ChromiumTestPage;
}): void {
  beforeAll(async () => {
    browser = session.browser();
    servers = session.servers();
    article = session.article();
    tabId = await article.tabId();
  });

  describe('popup, options and reference pages', () => {
    it("shows the open tab's mention count, live", async () => {
      expect(await waitForBadge(browser, article.page, String(ARTICLE_MENTIONS), { timeout: 10_000 })).toBe(
        String(ARTICLE_MENTIONS),
      );
      const popup = await openPopup();
      try {
        const first = await pollUntil(
          () => countText(popup),
          (text) => text === `${ARTICLE_MENTIONS} mentions on this page`,
        );
        expect(first.value).toBe(`${ARTICLE_MENTIONS} mentions on this page`);

        await article.page.evaluate(() => {
          const added = document.createElement('p');
          added.id = 'popup-added';
          added.textContent = 'A later note: Klonopin again.';
          document.querySelector('article')?.append(added);
        });
        const live = await pollUntil(
          () => countText(popup),
          (text) => text === `${ARTICLE_MENTIONS + 1} mentions on this page`,
          { timeout: 5_000 },
        );
        expect(live.value).toBe(`${ARTICLE_MENTIONS + 1} mentions on this page`);

        await article.page.evaluate(() => document.getElementById('popup-added')?.remove());
        const back = await pollUntil(
          () => countText(popup),
          (text) => text === `${ARTICLE_MENTIONS} mentions on this page`,
          { timeout: 5_000 },
        );
        expect(back.value).toBe(`${ARTICLE_MENTIONS} mentions on this page`);
      } finally {
        await popup.close();
      }
    });

    it("steps to the next mention in the tab: the page opens that mention's summary", async () => {
      const popup = await openPopup();
      try {
        const next = popup.getByRole('button', { name: 'Next mention' });
        await pollUntil(
          () => next.isEnabled(),
          (enabled) => enabled,
          { timeout: 5_000 },
        );
        await next.click();
        const opened = await pollUntil(
          () => article.page.locator('medglance-tooltip').count(),
          (n) => n === 1,
          { timeout: 5_000 },
        );
        expect(opened.value, 'tooltip hosts in the page after "Next mention"').toBe(1);
        await article.page.keyboard.press('Escape');
      } finally {
        await popup.close();
      }
    });

    it("header switches beside the count turn the tab's highlights off and on at once, globally and for the site; the badge keeps counting", async () => {
      const popup = await openPopup();
      try {
        await pollUntil(highlightCount, (n) => n === ARTICLE_MENTIONS, { timeout: 10_000 });
        expect(await highlightCount()).toBe(ARTICLE_MENTIONS);

        // The first view (the reference tab): the switches are in the header, named as in Settings.
        const header = popup.locator('.popup-header');
        const global = header.getByRole('checkbox', { name: 'Highlight mentions on pages' });
        const site = header.getByRole('checkbox', { name: 'On for this site (127.0.0.1)' });
        expect(await header.getByText('(127.0.0.1)').count()).toBe(1);
        await header.screenshot({ path: `${SCREENSHOTS}/popup-header.png` });

        await global.uncheck();
        const off = await pollUntil(highlightCount, (n) => n === 0, { timeout: 3_000 });
        expect(off.value, 'highlights after turning highlighting off').toBe(0);
        expect(await article.page.evaluate(() => CSS.highlights.has('medglance'))).toBe(false);
        expect(await browser.badgeText(tabId)).toBe(String(ARTICLE_MENTIONS));

        await global.check();
        const on = await pollUntil(highlightCount, (n) => n === ARTICLE_MENTIONS, { timeout: 3_000 });
        expect(on.value, 'highlights after turning highlighting back on').toBe(ARTICLE_MENTIONS);

        await site.uncheck();
        const siteOff = await pollUntil(highlightCount, (n) => n === 0, { timeout: 3_000 });
        expect(siteOff.value, 'highlights after turning this site off').toBe(0);
        const stored = await popup.evaluate(async () => {
          const api = (
            globalThis as unknown as {
              chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
            }
          ).chrome;
          return (await api.storage.sync.get('settings')).settings;
        });
        expect(stored).toMatchObject({ highlightEnabled: true, disabledSites: ['127.0.0.1'] });
        expect(await browser.badgeText(tabId)).toBe(String(ARTICLE_MENTIONS));

        await site.check();
        const siteOn = await pollUntil(highlightCount, (n) => n === ARTICLE_MENTIONS, { timeout: 3_000 });
        expect(siteOn.value, 'highlights after turning this site back on').toBe(ARTICLE_MENTIONS);
      } finally {
        await popup.close();
      }
    });

    it('turns highlights off and on in every frame of another open tab, cross-origin frames included', async () => {
      const framed = await browser.open(servers.url('frames.html'));
      const popup = await openPopup('&view=settings');
      try {
        const perFrame = async () => {
          const counts: Record<string, number> = {};
          for (const frame of await framed.frames())
            counts[frame.name || 'top'] = (await frame.evaluate(readHighlightRanges)).length;
          return counts;
        };
        const before = await pollUntil(perFrame, (counts) => Object.values(counts).filter((n) => n > 0).length >= 3, {
          timeout: 10_000,
        });
        const framesWithMentions = Object.keys(before.value).filter((name) => before.value[name]! > 0);
        expect(framesWithMentions).toContain('cross');

        const settingsForm = popup.getByRole('form', { name: 'Settings' });
        await settingsForm.getByRole('checkbox', { name: /Highlight/ }).uncheck();
        const off = await pollUntil(perFrame, (counts) => Object.values(counts).every((n) => n === 0), {
          timeout: 3_000,
        });
        expect(off.value).toEqual(Object.fromEntries(Object.keys(before.value).map((name) => [name, 0])));

        await settingsForm.getByRole('checkbox', { name: /Highlight/ }).check();
        const on = await pollUntil(
          perFrame,
          (counts) => framesWithMentions.every((name) => counts[name] === before.value[name]),
          { timeout: 3_000 },
        );
        expect(on.value).toEqual(before.value);
      } finally {
        await popup.close();
        await framed.close();
      }
    });

    it('changes the highlight style on the page at once and previews it', async () => {
      const popup = await openPopup('&view=settings');
      try {
        const decoration = () =>
          article.page.evaluate(() => {
            for (const sheet of [...document.adoptedStyleSheets, ...[...document.styleSheets]]) {
              for (const rule of [...sheet.cssRules])
                if (rule.cssText.includes('::highlight(medglance)')) return rule.cssText;
            }
            return '';
          });
        await popup.getByRole('radio', { name: 'Background colour' }).check();
        const changed = await pollUntil(decoration, (css) => css.includes('background-color'), { timeout: 3_000 });
        expect(changed.value).toContain('background-color');
        expect(await popup.locator('.preview-mention').getAttribute('data-style')).toBe('background');
        await popup.getByRole('radio', { name: 'Underline' }).check();
        await pollUntil(decoration, (css) => css.includes('underline'), { timeout: 3_000 });
        await popup.screenshot({ path: `${SCREENSHOTS}/popup-settings.png` });
      } finally {
        await popup.close();
      }
    });

    it('is keyboard navigable: Tab reaches the controls in order, each with a visible focus ring; arrows switch views', async () => {
      const popup = await openPopup();
      try {
        await pollUntil(
          () => popup.getByRole('button', { name: 'Next mention' }).isEnabled(),
          (enabled) => enabled,
          { timeout: 5_000 },
        );
        const focused = async () =>
          popup.evaluate(() => {
            const element = document.activeElement as HTMLElement;
            const style = getComputedStyle(element);
            const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const name =
              element.getAttribute('aria-label') ?? element.getAttribute('role') ?? element.getAttribute('type') ?? '';
            return {
              what: `${element.tagName.toLowerCase()}:${name}:${(element.textContent ?? '').trim().slice(0, 40)}`,
              ring,
            };
          });
        const stops: { what: string; ring: boolean }[] = [];
        for (let i = 0; i < 9; i += 1) {
          await popup.keyboard.press('Tab');
          stops.push(await focused());
        }
        expect(stops.map((stop) => stop.what)).toEqual([
          'button:button:‹ Previous',
          'button:button:Next mention ›',
          // The header switches: "Highlight mentions on pages", "On for this site".
          'input:checkbox:',
          'input:checkbox:',
          'button:tab:Reference',
          'a::Open the reference in a tab',
          expect.stringMatching(/^summary::Urgent help/),
          'input:search:',
          expect.stringMatching(/^summary::Class and names/),
        ]);
        expect(stops.filter((stop) => !stop.ring).map((stop) => stop.what)).toEqual([]);

        // Back to the tab list, then the arrow keys move between views (one tab stop for the list).
        for (let i = 0; i < 4; i += 1) await popup.keyboard.press('Shift+Tab');
        expect((await focused()).what).toBe('button:tab:Reference');
        await popup.keyboard.press('ArrowRight');
        expect((await focused()).what).toBe('button:tab:Interactions');
        await popup.keyboard.press('Tab');
        expect((await focused()).what).toBe('input:combobox:');
      } finally {
        await popup.close();
      }
    });

    it('checks an interaction: "perc" → Percocet shows severity, what happens, what to watch for and a source', async () => {
      const popup = await openPopup('&view=checker');
      try {
        const input = popup.getByRole('combobox', { name: 'Medicine name' });
        await input.fill('perc');
        expect(await input.getAttribute('aria-expanded')).toBe('true');
        await input.press('ArrowDown');
        const active = await input.getAttribute('aria-activedescendant');
        expect(await popup.locator(`#${active}`).textContent()).toContain('Percocet');
        await input.press('Enter');
        const card = popup.locator('.result-card').first();
        await card.waitFor();
        expect(await card.locator('.result-title').textContent()).toContain('Percocet + Clonazepam');
        expect(await card.locator('.severity').count()).toBeGreaterThan(0);
        expect(await card.getByText('What happens').count()).toBe(1);
        expect(await card.getByText('What to watch for and who to ask').count()).toBe(1);
        const source = card.locator('.sources a').first();
        expect(await source.getAttribute('href')).toMatch(/^https?:\/\//);

        await input.fill('xanex');
        await input.press('Enter');
        await popup.locator('.result-title', { hasText: 'Xanax' }).first().waitFor();
        await input.fill('notarealmedicine');
        await input.press('Enter');
        expect(await popup.getByRole('note').filter({ hasText: 'no entry' }).count()).toBe(1);
        await popup.screenshot({ path: `${SCREENSHOTS}/popup-checker.png` });
      } finally {
        await popup.close();
      }
    });

    it('searches the reference and opens at a deep-linked section', async () => {
      const popup = await openPopup('#withdrawal');
      try {
        await pollUntil(
          () => popup.evaluate(() => document.activeElement?.closest('section')?.id ?? ''),
          (id) => id === 'withdrawal',
          { timeout: 3_000 },
        );
        expect(await popup.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('withdrawal');
        // Moving to the section scrolls the panel only: the page count stays at the top.
        expect(await popup.evaluate(() => document.querySelector('.popup-header')!.getBoundingClientRect().top)).toBe(
          0,
        );
        await popup.getByRole('searchbox', { name: 'Search the reference' }).fill('klonopin pregnant');
        await popup.locator('mark').first().waitFor();
        expect(await popup.locator('.ref-section').count()).toBeGreaterThan(0);
        await popup.getByRole('searchbox', { name: 'Search the reference' }).fill('zzzqqq');
        expect(await popup.getByRole('status').filter({ hasText: 'No results' }).count()).toBe(1);
        await popup.getByRole('searchbox', { name: 'Search the reference' }).fill('');
        await popup.locator('.tabpanel:not([hidden])').evaluate((panel) => (panel.scrollTop = 0));
        await popup.screenshot({ path: `${SCREENSHOTS}/popup-reference.png` });
      } finally {
        await popup.close();
      }
    });

    it('opens at the section the tooltip asked for (storage.session), and on reference.html#section', async () => {
      const setter = await openPopup();
      await setter.evaluate(async () => {
        const api = (
          globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }
        ).chrome;
        await api.storage.session.set({
          'pending-reference': { drugId: 'clonazepam', section: 'overdose', at: Date.now() },
        });
      });
      await setter.close();
      const sectionOfFocus = (page: Page) => page.evaluate(() => document.activeElement?.closest('section')?.id ?? '');
      const popup = await openPopup();
      try {
        const focused = await pollUntil(
          () => sectionOfFocus(popup),
          (id) => id === 'overdose',
          { timeout: 3_000 },
        );
        expect(focused.value).toBe('overdose');
        const left = await popup.evaluate(async () => {
          const api = (
            globalThis as unknown as {
              chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
            }
          ).chrome;
          return Object.keys(await api.storage.session.get('pending-reference'));
        });
        expect(left, 'the request is consumed').toEqual([]);
      } finally {
        await popup.close();
      }
      const page = await browser.openExtensionPage('popup/reference.html?drug=clonazepam#dosage');
      try {
        const focused = await pollUntil(
          () => sectionOfFocus(page),
          (id) => id === 'dosage',
          { timeout: 3_000 },
        );
        expect(focused.value).toBe('dosage');
        await page.evaluate(() => (location.hash = '#withdrawal'));
        const moved = await pollUntil(
          () => sectionOfFocus(page),
          (id) => id === 'withdrawal',
          { timeout: 3_000 },
        );
        expect(moved.value).toBe('withdrawal');
      } finally {
        await page.close();
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe-core violations and nothing wider than 400 px (${scheme})`, async () => {
        const popup = await openPopup();
        try {
          await popup.emulateMedia({ colorScheme: scheme });
          const problems: string[] = [];
          const check = async (label: string) => {
            for (const v of await axeViolations(popup)) problems.push(`${label}: ${v}`);
            for (const o of await popupOverflow(popup)) problems.push(`${label} overflow: ${o}`);
          };
          // The page follows the browser's scheme: dark text on light, or light text on dark.
          const luminance = await popup.evaluate(() => {
            const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
            const light = (color: string) => channels(color).reduce((sum, value) => sum + value, 0) / 3;
            const style = getComputedStyle(document.body);
            return { background: light(style.backgroundColor), text: light(style.color) };
          });
          if (scheme === 'dark') expect(luminance.background).toBeLessThan(80);
          else expect(luminance.background).toBeGreaterThan(200);
          expect(Math.abs(luminance.background - luminance.text)).toBeGreaterThan(120);

          await popup.locator('#urgent-help summary').click();
          await popup.locator('.toc summary').click();
          await popup.locator('.drug-facts summary').click();
          await check('reference');
          // The urgent-help box stays in view while the reference scrolls.
          await popup.locator('.tabpanel:not([hidden])').evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
          const urgentBox = await popup.locator('#urgent-help').boundingBox();
          expect(
            urgentBox && urgentBox.y >= 0 && urgentBox.y + 20 < POPUP_SIZE.height,
            'urgent help in view at the end of the reference',
          ).toBe(true);
          await popup.getByRole('searchbox', { name: 'Search the reference' }).fill('withdrawal');
          await check('reference search');
          await popup.getByRole('tab', { name: 'Interactions' }).click();
          const input = popup.getByRole('combobox', { name: 'Medicine name' });
          await input.fill('oxy');
          await check('checker suggestions');
          await input.press('ArrowDown');
          await input.press('Enter');
          await input.fill('unknownium');
          await input.press('Enter');
          await popup.locator('.tabpanel:not([hidden]) .severity-scale summary').click();
          await check('checker results');
          await popup.getByRole('tab', { name: 'Settings' }).click();
          await check('settings');
          expect(problems).toEqual([]);
        } finally {
          await popup.close();
        }
      });
    }

    it('options page and reference page have no axe-core violations', async () => {
      for (const path of ['popup/options.html', 'popup/reference.html?drug=clonazepam#dosage']) {
        const page = await browser.openExtensionPage(path);
        try {
          await page.locator('h1').first().waitFor();
          expect(await axeViolations(page), path).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });
  });

  describe('look up selected text (Chromium)', () => {
    type ChromeApi = {
      chrome: {
        contextMenus: { update(id: string, props: Record<string, unknown>): Promise<void> };
        runtime: {
          sendMessage(message: unknown): Promise<unknown>;
          getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
        };
      };
    };

    it('registers the context-menu item on selections', async () => {
      const worker = await browser.serviceWorker();
      // update() fails for an item that does not exist: the look-up item exists, a made-up one does not.
      const exists = (id: string) =>
        worker.evaluate(
          (menuId) =>
            (globalThis as unknown as ChromeApi).chrome.contextMenus.update(menuId, {}).then(
              () => true,
              () => false,
            ),
          id,
        );
      expect(await exists('medglance-look-up')).toBe(true);
      expect(await exists('no-such-item')).toBe(false);
    });

    it('the command for a tab looks up the page\u2019s selection: the popup takes it, or a tab opens searched for it', async () => {
      type Worker = ChromeApi & {
        lookupLog?: string[];
        chrome: ChromeApi['chrome'] & {
          storage: {
            session: {
              get(key: string): Promise<Record<string, unknown>>;
              onChanged: { addListener(fn: (changes: Record<string, { newValue?: { text: string } }>) => void): void };
            };
          };
        };
      };
      const worker = await browser.serviceWorker();
      await worker.evaluate((key) => {
        const self = globalThis as unknown as Worker;
        self.lookupLog = [];
        self.chrome.storage.session.onChanged.addListener((changes) => {
          const value = changes[key]?.newValue;
          if (value) self.lookupLog!.push(value.text);
        });
      }, SESSION_KEYS.pendingLookup);
      // Select "Klonopin" in the paragraph #p3 of the article tab.
      await article.page.evaluate(() => {
        const node = document.getElementById('p3')!.firstChild as Text;
        const start = node.data.indexOf('Klonopin');
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 'Klonopin'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      const sender = await browser.openExtensionPage('manifest.json');
      const isLookupTab = (page: Page) => page.url().includes('/popup/index.html?lookup=');
      try {
        await sender.evaluate(
          (id) =>
            (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({ type: 'look-up-selection', tabId: id }),
          tabId,
        );
        // The toolbar popup (where the browser opens it) or a tab with the popup page.
        const opened = await pollUntil(
          async () => ({
            tab: browser.context.pages().find(isLookupTab),
            popups: await sender.evaluate(() =>
              (globalThis as unknown as ChromeApi).chrome.runtime.getContexts({ contextTypes: ['POPUP'] }),
            ),
          }),
          // A popup context reports its document URL a moment after it appears.
          (state) => state.tab !== undefined || state.popups.some((context) => Boolean(context.documentUrl)),
          { timeout: 10_000 },
        );
        const page = opened.value.tab;
        if (!page) {
          expect(opened.value.popups.map((context) => context.documentUrl)).toEqual([
            expect.stringMatching(/\/popup\/index\.html/),
          ]);
          expect(await worker.evaluate(() => (globalThis as unknown as Worker).lookupLog)).toEqual(['Klonopin']);
          // The popup took the text.
          const left = await pollUntil(
            () =>
              worker.evaluate(
                (key) => (globalThis as unknown as Worker).chrome.storage.session.get(key),
                SESSION_KEYS.pendingLookup,
              ),
            (stored) => Object.keys(stored).length === 0,
            { timeout: 5_000 },
          );
          expect(left.value).toEqual({});
          return;
        }
        expect(new URL(page.url()).searchParams.get('lookup')).toBe('Klonopin');
        expect(new URL(page.url()).searchParams.get('tab')).toBe(String(tabId));
        const search = page.getByRole('searchbox', { name: 'Search the reference' });
        await pollUntil(
          () => search.inputValue(),
          (value) => value === 'Klonopin',
          { timeout: 5_000 },
        );
        expect(await search.inputValue()).toBe('Klonopin');
        expect(await page.getByRole('tab', { name: 'Reference' }).getAttribute('aria-selected')).toBe('true');
        expect(await page.locator('.search-status').textContent()).toMatch(/match/);
        await page.close();
      } finally {
        await sender.close();
        await article.page.evaluate(() => getSelection()!.removeAllRanges());
      }
    });

    it('a lookup of text that names nothing says so and offers the checker', async () => {
      const popup = await openPopup(`&lookup=${encodeURIComponent('banana bread')}`);
      try {
        await popup.getByText('\u201Cbanana bread\u201D names no medicine MedGlance knows.').waitFor();
        await popup.getByRole('button', { name: 'Check it in the interaction checker' }).click();
        await pollUntil(
          () => popup.getByRole('tab', { name: 'Interactions' }).getAttribute('aria-selected'),
          (value) => value === 'true',
        );
        expect(await popup.getByRole('list', { name: 'Medicines being checked' }).textContent()).toContain(
          'banana bread',
        );
      } finally {
        await popup.close();
      }
    });
  });

  describe('side panel page (Chromium)', () => {
    it('follows the active tab\u2019s mention count; screenshot for the README', async () => {
      const other = await browser.open(servers.url('tooltip-others.html'));
      const panel = await browser.context.newPage();
      try {
        await panel.setViewportSize({ width: 360, height: 720 });
        await panel.goto(`chrome-extension://${browser.extensionId}/popup/panel.html`);
        await panel.getByRole('tab', { name: 'Reference' }).waitFor();
        // The panel's own tab is the active one: no page to count.
        await article.page.bringToFront();
        await pollUntil(
          () => countText(panel),
          (text) => text === `${ARTICLE_MENTIONS} mentions on this page`,
          { timeout: 10_000 },
        );
        expect(await countText(panel)).toBe(`${ARTICLE_MENTIONS} mentions on this page`);
        // tooltip-others.html names clonazepam once (as Klonopin).
        expect(await waitForBadge(browser, other.page, '1', { timeout: 10_000 })).toBe('1');
        await other.page.bringToFront();
        const followed = await pollUntil(
          () => countText(panel),
          (text) => text === '1 mention on this page',
          { timeout: 10_000 },
        );
        expect(followed.value, 'the panel followed to the other tab').toBe('1 mention on this page');
        await article.page.bringToFront();
        await pollUntil(
          () => countText(panel),
          (text) => text === `${ARTICLE_MENTIONS} mentions on this page`,
          { timeout: 10_000 },
        );
        expect(await countText(panel)).toBe(`${ARTICLE_MENTIONS} mentions on this page`);
        await panel.screenshot({ path: `${SCREENSHOTS}/side-panel.png` });

        // For the store: the article with the panel beside it, as a 1280x800 window shows them.
        const panelWidth = 400;
        const restore = article.page.viewportSize();
        await panel.setViewportSize({ width: panelWidth, height: STORE_SCREENSHOT_SIZE.height });
        await article.page.setViewportSize({
          width: STORE_SCREENSHOT_SIZE.width - panelWidth - 1,
          height: STORE_SCREENSHOT_SIZE.height,
        });
        try {
          writeStoreScreenshot(
            'page-with-side-panel.png',
            pageWithPanel(await article.page.screenshot(), await panel.screenshot()),
          );
        } finally {
          if (restore) await article.page.setViewportSize(restore);
        }
      } finally {
        await panel.close();
        await other.close();
      }
    });
  });
}

// Its helpers.

async function openPopup(query = ''): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}${query}`);
  await popup.getByRole('tab', { name: 'Reference' }).waitFor();
  return popup;
}

const countText = (popup: Page) => popup.locator('.count-text').textContent();
const highlightCount = async () => (await article.main.evaluate(readHighlightRanges)).length;

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { id: string; nodes: { target: unknown[] }[] };
    const axe = (
      window as unknown as { axe: { run(context: Document): Promise<{ violations: Result[]; passes: Result[] }> } }
    ).axe;
    const result = await axe.run(document);
    // A run that checked nothing would report no violations too: make that a failure.
    if (result.passes.length < 10) return [`axe checked only ${result.passes.length} rules`];
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Elements (visible ones) whose box reaches past the popup's right edge, scrollers that scroll sideways, a document that scrolls. */
async function popupOverflow(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5)
        found.push(`${element.tagName.toLowerCase()}.${element.className} right=${Math.round(box.right)}`);
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX !== 'visible' &&
        getComputedStyle(element).overflowX !== 'hidden'
      ) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} scrolls sideways`);
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`document scrollWidth=${root.scrollWidth}`);
    // Only the panel scrolls; a document taller than the popup would scroll the page count away.
    if (root.scrollHeight > root.clientHeight) found.push(`document scrollHeight=${root.scrollHeight}`);
    return found;
  }, POPUP_SIZE.width);
}
