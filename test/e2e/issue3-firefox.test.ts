/**
 * Issue 3 in Firefox (firefox-esr over WebDriver BiDi): the same scenarios as in Chromium. The
 * browser first loads every page without the extension (the reference DOMs), then installs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxBrowser, type FirefoxTestPage } from './harness/firefox';
import { captureReferences, checkScenario, compareMentions, waitForMentions, type PageState } from './harness/checks';
import { highlightStyleOf, readHighlightRanges } from './harness/probes';
import { startTestServers, type TestServers } from './harness/server';
import { pollUntil } from './harness/session';
import { SCENARIOS, type Scenario } from './scenarios';
import { checkTabPanelShownLater } from './harness/visibility-checks';

let servers: TestServers;
let browser: FirefoxBrowser;
let references: Map<Scenario, PageState | Error>;
/** A tab opened before the extension was installed. */
let openedBeforeInstall: FirefoxTestPage;

beforeAll(async () => {
  servers = await startTestServers();
  browser = await launchFirefox();
  references = await captureReferences(browser, servers.url, SCENARIOS);
  // Its own URL, so the harness can tell its tab from the scenario's frames.html tab.
  openedBeforeInstall = await browser.open(servers.url('frames.html?opened-before-install'));
  await browser.installExtension();
});

afterAll(async () => {
  await openedBeforeInstall?.close();
  await browser?.close();
  await servers?.close();
});

describe('Firefox: badge, highlights and an unchanged page', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const badge = await checkScenario(browser, servers.url(scenario.page), scenario, references.get(scenario));
      // The harness reads Firefox badges from an extension page; if that ever stops working the
      // badge would silently go unchecked, so insist on it.
      expect(badge, 'badge was readable').toBeTypeOf('string');
    });
  }
});

describe('Firefox: keeping up with the page', () => {
  it('counts a tab panel shown later within a second, and drops a menu hidden again', async () => {
    await checkTabPanelShownLater(browser, servers.url('visibility.html'));
  });

  it('follows added and removed text within a second, dropping ranges of removed text', async () => {
    const page = await browser.open(servers.url('article.html'));
    try {
      const first = await pollUntil(() => page.badgeText(), (text) => text === '6');
      expect(first.value).toBe('6');
      await page.page.evaluate(() => {
        const added = document.createElement('p');
        added.id = 'added';
        added.textContent = 'Update: the FDA label for Klonopin lists clonazepam as the active ingredient.';
        document.querySelector('article')?.append(added);
      });
      const grown = await pollUntil(() => page.badgeText(), (text) => text === '8', { timeout: 3_000, interval: 25 });
      expect(grown.value).toBe('8');
      expect(grown.elapsed, 'ms until the badge showed the added mentions').toBeLessThan(1_000);
      const ranges = await page.page.evaluate(readHighlightRanges);
      expect(compareMentions(ranges.filter((range) => range.where === 'added'), [['added', 'Klonopin'], ['added', 'clonazepam']]))
        .toEqual({ missing: [], unexpected: [] });

      await page.page.evaluate(() => document.getElementById('added')?.remove());
      const shrunk = await pollUntil(() => page.badgeText(), (text) => text === '6', { timeout: 3_000, interval: 25 });
      expect(shrunk.value).toBe('6');
      const after = await pollUntil(() => page.page.evaluate(readHighlightRanges), (list) => list.length === 6);
      expect(after.value).toHaveLength(6);
      expect(after.value.every((range) => range.connected && range.where !== 'added')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('follows frames that come and go within a second: removed, added later, navigated', async () => {
    const page = await browser.open(servers.url('frames.html'));
    try {
      expect((await pollUntil(() => page.badgeText(), (text) => text === '7')).value).toBe('7');
      const badgeAfter = async (change: () => Promise<unknown>, expected: string) => {
        await change();
        const result = await pollUntil(() => page.badgeText(), (text) => text === expected, { timeout: 3_000, interval: 25 });
        expect(result.value).toBe(expected);
        expect(result.elapsed).toBeLessThan(1_000);
      };
      await badgeAfter(() => page.page.evaluate(() => document.getElementById('frame-cross')?.remove()), '5');
      await badgeAfter(
        () =>
          page.page.evaluate(() => {
            const frame = document.createElement('iframe');
            frame.srcdoc = '<p>A late comment about Klonopin.</p>';
            document.body.append(frame);
          }),
        '6',
      );
      await badgeAfter(
        () => page.page.evaluate(() => ((document.getElementById('frame-srcdoc') as HTMLIFrameElement).srcdoc = '<p>Nothing here.</p>')),
        '5',
      );
      await badgeAfter(
        () =>
          page.page.evaluate(() => {
            const frame = document.createElement('iframe');
            document.body.append(frame);
            frame.contentDocument?.body.append('A script-built comment about clonazepam.');
          }),
        '6',
      );
    } finally {
      await page.close();
    }
  });

  it('resets the count when the tab navigates to another page', async () => {
    const page = await browser.open(servers.url('article.html'));
    try {
      expect((await pollUntil(() => page.badgeText(), (text) => text === '6')).value).toBe('6');
      await page.page.goto(servers.url('no-mentions.html'));
      expect((await pollUntil(() => page.badgeText(), (text) => text === '')).value).toBe('');
      await page.page.goto(servers.url('csp-style-none.html'));
      expect((await pollUntil(() => page.badgeText(), (text) => text === '2')).value).toBe('2');
      // Back and forward through the history (the page is loaded again: automation keeps no
      // back/forward cache; the content entry's unit test covers a restore from it).
      await page.page.goBack();
      expect((await pollUntil(() => page.badgeText(), (text) => text === '')).value).toBe('');
      await page.page.goForward();
      expect((await pollUntil(() => page.badgeText(), (text) => text === '2')).value).toBe('2');
    } finally {
      await page.close();
    }
  });
});

describe('Firefox: tabs open before the install', () => {
  it('counts and highlights a page that was open before the extension was installed', async () => {
    const frames = SCENARIOS.find((scenario) => scenario.page === 'frames.html');
    if (!frames) throw new Error('frames scenario missing');
    const badge = await pollUntil(() => openedBeforeInstall.badgeText(), (text) => text === '7');
    expect(badge.value).toBe('7');
    const mentions = await waitForMentions(openedBeforeInstall, frames.mentions);
    for (const [frame, result] of Object.entries(mentions)) {
      expect.soft(result, `highlight ranges in frame "${frame}"`).toEqual({ missing: [], unexpected: [] });
    }
  });
});

describe("Firefox: highlight style under CSP style-src 'none'", () => {
  it('applies ::highlight(medglance) although the page allows no styles', async () => {
    const page = await browser.open(servers.url('csp-style-none.html'));
    try {
      await pollUntil(() => page.page.evaluate(readHighlightRanges), (ranges) => ranges.length === 2);
      const style = await page.page.evaluate(highlightStyleOf, 'p2');
      expect(style.ours, 'computed ::highlight(medglance) style').not.toBe(style.unstyled);
    } finally {
      await page.close();
    }
  });
});
