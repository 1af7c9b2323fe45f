/**
 * Every mention found, counted on the badge (all frames) and highlighted, the page unchanged: on
 * static pages, feeds, single-page apps, frames and shadow DOM (the pages of `scenarios.ts`), and
 * kept up to date while pages, frames, tabs and the extension itself change. One list, run in
 * Chromium and in Firefox; what a browser cannot do is in harness/browsers.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asChromium, forEachBrowser, itWhere, type ExtensionBrowser } from './harness/browsers';
import { captureReferences, checkScenario, compareMentions, waitForMentions, type PageState } from './harness/checks';
import { highlightStyleOf, pageIsDone, readHighlightRanges } from './harness/probes';
import { startTestServers, type TestServers } from './harness/server';
import { pollUntil, sleep, type TestPage } from './harness/session';
import { SESSION_KEYS } from '../../src/messages';
import { SCENARIOS, type Scenario } from './scenarios';
import { checkTabPanelShownLater } from './harness/visibility-checks';

const FRAMES = SCENARIOS.find((scenario) => scenario.page === 'frames.html');

forEachBrowser((target) => {
  let servers: TestServers;
  let browser: ExtensionBrowser;
  let references: Map<Scenario, PageState | Error>;
  /** A tab opened before the extension was installed (only where the browser can install later). */
  let openedBeforeInstall: TestPage | undefined;
  /** Requests seen in the extension's browser that went anywhere but the test servers or the extension. */
  const offLoopback: string[] = [];

  beforeAll(async () => {
    servers = await startTestServers();
    const launched = await target.launch(async (plain) => {
      references = await captureReferences(plain, servers.url, SCENARIOS);
      if (target.cannot['install-into-running-browser'] !== undefined) return undefined;
      // Its own URL, so the harness can tell its tab from the scenario's frames.html tab.
      return plain.open(servers.url('frames.html?opened-before-install'));
    });
    browser = launched.browser;
    openedBeforeInstall = launched.before;
    if (browser.kind === 'chromium') {
      browser.context.on('request', (request) => {
        if (!/^(http:\/\/127\.0\.0\.1:|chrome-extension:|chrome:|data:|blob:|about:)/.test(request.url()))
          offLoopback.push(request.url());
      });
    }
  });

  afterAll(async () => {
    await openedBeforeInstall?.close();
    await browser?.close();
    await servers?.close();
  });

  /** Polls the tab's badge until it shows `expected`; returns what was last read. */
  const badgeOf = async (page: TestPage, expected: string, timeout?: number): Promise<string | undefined> =>
    (
      await pollUntil(
        () => page.badgeText(),
        (text) => text === expected,
        timeout === undefined ? {} : { timeout },
      )
    ).value;

  describe('badge, highlights and an unchanged page', () => {
    for (const scenario of SCENARIOS) {
      it(scenario.name, async () => {
        const badge = await checkScenario(browser, servers.url(scenario.page), scenario, references.get(scenario));
        // The badge is read through the extension's API; if that ever stopped working the badge
        // would silently go unchecked, so insist on it.
        expect(badge, 'badge was readable').toBeTypeOf('string');
      });
    }
  });

  describe('keeping up with the page', () => {
    it('counts a tab panel shown later within a second, and drops a menu hidden again', async () => {
      await checkTabPanelShownLater(browser, servers.url('visibility.html'));
    });

    it('follows added and removed text within a second, dropping ranges of removed text', async () => {
      const page = await browser.open(servers.url('article.html'));
      try {
        expect(await badgeOf(page, '6')).toBe('6');
        await page.main.evaluate(() => {
          const added = document.createElement('p');
          added.id = 'added';
          added.textContent = 'Update: the FDA label for Klonopin lists clonazepam as the active ingredient.';
          document.querySelector('article')?.append(added);
        });
        const grown = await pollUntil(
          () => page.badgeText(),
          (text) => text === '8',
          { timeout: 3_000, interval: 25 },
        );
        expect(grown.value).toBe('8');
        expect(grown.elapsed, 'ms until the badge showed the added mentions').toBeLessThan(1_000);
        const ranges = await page.main.evaluate(readHighlightRanges);
        expect(
          compareMentions(
            ranges.filter((range) => range.where === 'added'),
            [
              ['added', 'Klonopin'],
              ['added', 'clonazepam'],
            ],
          ),
        ).toEqual({ missing: [], unexpected: [] });

        await page.main.evaluate(() => document.getElementById('added')?.remove());
        const shrunk = await pollUntil(
          () => page.badgeText(),
          (text) => text === '6',
          { timeout: 3_000, interval: 25 },
        );
        expect(shrunk.value).toBe('6');
        expect(shrunk.elapsed).toBeLessThan(1_000);
        const after = await pollUntil(
          () => page.main.evaluate(readHighlightRanges),
          (list) => list.length === 6,
        );
        expect(after.value.every((range) => range.connected && range.where !== 'added')).toBe(true);
        expect(after.value).toHaveLength(6);
      } finally {
        await page.close();
      }
    });

    it('follows frames that come and go within a second: removed, added later, navigated, named later; a shadow root attached in a frame without a change, at the next sweep', async () => {
      const page = await browser.open(servers.url('frames.html'));
      try {
        expect(await badgeOf(page, '7')).toBe('7');
        const badgeAfter = async (change: () => Promise<unknown>, expected: string) => {
          await change();
          const result = await pollUntil(
            () => page.badgeText(),
            (text) => text === expected,
            { timeout: 3_000, interval: 25 },
          );
          expect(result.value).toBe(expected);
          expect(result.elapsed).toBeLessThan(1_000);
        };
        // The cross-origin frame (2 mentions) is removed.
        await badgeAfter(() => page.main.evaluate(() => document.getElementById('frame-cross')?.remove()), '5');
        // A frame added later, with a srcdoc document.
        await badgeAfter(
          () =>
            page.main.evaluate(() => {
              const frame = document.createElement('iframe');
              frame.srcdoc = '<p>A late comment about Klonopin.</p>';
              document.body.append(frame);
            }),
          '6',
        );
        // The srcdoc frame (1 mention) navigates to a page without mentions.
        await badgeAfter(
          () =>
            page.main.evaluate(
              () => ((document.getElementById('frame-srcdoc') as HTMLIFrameElement).srcdoc = '<p>Nothing here.</p>'),
            ),
          '5',
        );
        // A frame added later, its document built by script (as comment widgets do).
        await badgeAfter(
          () =>
            page.main.evaluate(() => {
              const frame = document.createElement('iframe');
              document.body.append(frame);
              frame.contentDocument?.body.append('A script-built comment about clonazepam.');
            }),
          '6',
        );
        // Frames without a name at first, which get one later: in their text, in a shadow root attached later.
        const addQuietFrame = (id: string) =>
          page.main.evaluate(async (frameId) => {
            const frame = document.createElement('iframe');
            frame.id = frameId;
            frame.srcdoc = '<p id="quiet-text">Nothing to see here yet.</p>';
            const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
            document.body.append(frame);
            await loaded;
          }, id);
        await addQuietFrame('frame-quiet-text');
        await badgeAfter(
          () =>
            page.main.evaluate(() => {
              const doc = (document.getElementById('frame-quiet-text') as HTMLIFrameElement).contentDocument!;
              doc.getElementById('quiet-text')!.append(' Now it names Rivotril.');
            }),
          '7',
        );
        await addQuietFrame('frame-quiet-shadow');
        await badgeAfter(
          () =>
            page.main.evaluate(() => {
              const doc = (document.getElementById('frame-quiet-shadow') as HTMLIFrameElement).contentDocument!;
              const host = doc.createElement('div');
              doc.body.append(host);
              host.attachShadow({ mode: 'open' }).append('A widget names Klonopin.');
            }),
          '8',
        );
        // A shadow root attached to an element that was there all along leaves nothing to observe:
        // a periodic sweep finds it (the first comes a second after the frame's DOMContentLoaded, then every 2 s).
        await addQuietFrame('frame-quiet-sweep');
        await page.main.evaluate(() => {
          const doc = (document.getElementById('frame-quiet-sweep') as HTMLIFrameElement).contentDocument!;
          doc.getElementById('quiet-text')!.attachShadow({ mode: 'open' }).append('A late widget names clonazepam.');
        });
        const swept = await pollUntil(
          () => page.badgeText(),
          (text) => text === '9',
          { timeout: 5_000, interval: 50 },
        );
        expect(swept.value).toBe('9');
      } finally {
        await page.close();
      }
    });

    itWhere(
      target,
      'open-browser-page',
      'drops the count when the tab navigates to a browser page (no content script there)',
      async () => {
        const page = await browser.open(servers.url('article.html'));
        try {
          expect(await badgeOf(page, '6')).toBe('6');
          const tabId = await page.tabId();
          // A browser page runs no content script: the old page's counts must go all the same (the
          // popup reads them from storage.session).
          await page.goto(target.browserPage!);
          const key = SESSION_KEYS.tabCounts(tabId);
          const dropped = await pollUntil(
            () => browser.sessionStorage(),
            (stored) => !(key in stored),
          );
          expect(dropped.value[key], 'counts kept for a page without the content script').toBeUndefined();
          expect(await page.badgeText()).toBe('');
          await page.goto(servers.url('article.html'));
          expect(await badgeOf(page, '6')).toBe('6');
        } finally {
          await page.close();
        }
      },
    );

    it('resets the count when the tab navigates to another page, and back and forward', async () => {
      const page = await browser.open(servers.url('article.html'));
      try {
        expect(await badgeOf(page, '6')).toBe('6');
        await page.goto(servers.url('no-mentions.html'));
        expect(await badgeOf(page, '')).toBe('');
        await page.goto(servers.url('csp-style-none.html'));
        expect(await badgeOf(page, '2')).toBe('2');
        // Back and forward through the history (the page is loaded again: automation keeps no
        // back/forward cache; the content entry's unit test covers a restore from it).
        await page.goBack();
        expect(await badgeOf(page, '')).toBe('');
        await page.goForward();
        expect(await badgeOf(page, '2')).toBe('2');
      } finally {
        await page.close();
      }
    });

    it("answers the look-up command's question for the selection in a frame that names nothing", async () => {
      const page = await browser.open(servers.url('no-mentions.html'));
      const extension = await browser.openExtensionTab('popup/options.html');
      try {
        const selected = 'Buy garden shoes today';
        await page.main.evaluate(async (text) => {
          const frame = document.createElement('iframe');
          frame.name = 'quiet';
          frame.srcdoc = `<p id="quiet-text">${text}</p>`;
          const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          document.body.append(frame);
          await loaded;
          const doc = frame.contentDocument!;
          const range = doc.createRange();
          range.selectNodeContents(doc.getElementById('quiet-text')!);
          doc.getSelection()!.removeAllRanges();
          doc.getSelection()!.addRange(range);
        }, selected);
        const tabId = await page.tabId();
        type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
        const answer = await pollUntil(
          () =>
            extension.main.evaluate((id) => {
              const scope = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
              return (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, { type: 'get-selection' });
            }, tabId),
          (reply) => (reply as { text?: string } | undefined)?.text === selected,
        );
        expect(answer.value).toEqual({ text: selected });
      } finally {
        await extension.close();
        await page.close();
      }
    });

    it('a page cannot switch it off by sending the takeover event a newer copy sends', async () => {
      const page = await browser.open(servers.url('article.html'));
      try {
        expect(await badgeOf(page, '6')).toBe('6');
        await page.main.evaluate(() => {
          document.dispatchEvent(new CustomEvent('medglance-content-takeover', { bubbles: true }));
        });
        await sleep(200);
        expect(await page.main.evaluate(readHighlightRanges)).toHaveLength(6);
        await page.main.evaluate(() => {
          const added = document.createElement('p');
          added.textContent = 'Still followed: Klonopin.';
          document.body.append(added);
        });
        expect(await badgeOf(page, '7')).toBe('7');
        expect(await page.main.evaluate(readHighlightRanges)).toHaveLength(7);
      } finally {
        await page.close();
      }
    });

    itWhere(target, 'stop-background', 'keeps every frame counted after the service worker was stopped', async () => {
      const chromium = asChromium(browser);
      const page = await chromium.open(servers.url('frames.html'));
      try {
        expect(await badgeOf(page, '7')).toBe('7');
        await chromium.stopServiceWorker();
        const tabId = await page.tabId();
        expect(await chromium.badgeText(tabId)).toBe('7');
        // One frame changes: the restarted worker must still know the other frames' counts.
        const same = page.page.frames().find((frame) => frame.name() === 'same');
        await same?.evaluate(() => {
          const added = document.createElement('p');
          added.textContent = 'One more Klonopin mention.';
          document.body.append(added);
        });
        expect(await badgeOf(page, '8', 5_000)).toBe('8');
      } finally {
        await page.close();
      }
    });
  });

  describe('tab lifecycle and extension updates', () => {
    it("drops a tab's counts when the tab closes", async () => {
      const page = await browser.open(servers.url('article.html'));
      const tabId = await page.tabId();
      expect(await badgeOf(page, '6')).toBe('6');
      const key = SESSION_KEYS.tabCounts(tabId);
      expect(Object.keys(await browser.sessionStorage()), 'counts stored while the tab is open').toContain(key);
      await page.close();
      const { value } = await pollUntil(
        () => browser.sessionStorage(),
        (stored) => !(key in stored),
      );
      expect(Object.keys(value)).not.toContain(key);
      // Nothing else about the tab stays behind either (e.g. where keyboard stepping was).
      expect(Object.keys(value).filter((stored) => stored.endsWith(`:${tabId}`))).toEqual([]);
    });

    itWhere(
      target,
      'reload-extension',
      'after an update, open tabs count again with one range per mention (the old copy steps aside)',
      async () => {
        if (!FRAMES) throw new Error('frames scenario missing');
        const chromium = asChromium(browser);
        const page = await chromium.open(servers.url('frames.html'));
        try {
          expect(await badgeOf(page, '7')).toBe('7');
          await chromium.reloadExtension();
          // Let the new copy start before judging: an old copy that stopped would look "right" too early.
          await sleep(1_000);
          expect(await badgeOf(page, '7')).toBe('7');
          const mentions = await waitForMentions(page, FRAMES.mentions);
          for (const [frame, result] of Object.entries(mentions)) {
            expect.soft(result, `highlight ranges in frame "${frame}"`).toEqual({ missing: [], unexpected: [] });
          }
          // The page is still followed after the update.
          await page.main.evaluate(() => {
            const added = document.createElement('p');
            added.id = 'added-after-update';
            added.textContent = 'Added after the update: Klonopin.';
            document.body.append(added);
          });
          expect(await badgeOf(page, '8')).toBe('8');
          const top = await page.main.evaluate(readHighlightRanges);
          expect(top.filter((range) => range.where === 'added-after-update').map((range) => range.text)).toEqual([
            'Klonopin',
          ]);
          // An old copy still running would answer the pointer too: one tooltip, from the new copy.
          const word = await page.main.evaluate(() => {
            const text = document.getElementById('top-text')!.firstChild as Text;
            const range = document.createRange();
            range.setStart(text, text.data.indexOf('Klonopin'));
            range.setEnd(text, text.data.indexOf('Klonopin') + 'Klonopin'.length);
            const rect = range.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          });
          await page.movePointer(word.x, word.y);
          const shown = await pollUntil(
            () => page.page.locator('medglance-tooltip').count(),
            (count) => count > 0,
          );
          expect(shown.value).toBe(1);
          await sleep(500);
          expect(await page.page.locator('medglance-tooltip').count()).toBe(1);
        } finally {
          await page.close();
        }
      },
    );

    itWhere(
      target,
      'install-into-running-browser',
      'counts and highlights a page that was open before the extension was installed',
      async () => {
        if (!FRAMES || !openedBeforeInstall)
          throw new Error('frames scenario or the tab opened before the install missing');
        const tab = openedBeforeInstall;
        expect(await badgeOf(tab, '7')).toBe('7');
        const mentions = await waitForMentions(tab, FRAMES.mentions);
        for (const [frame, result] of Object.entries(mentions)) {
          expect.soft(result, `highlight ranges in frame "${frame}"`).toEqual({ missing: [], unexpected: [] });
        }
      },
    );
  });

  describe('disabled with a page open', () => {
    itWhere(
      target,
      'disable-extension',
      'the orphaned copy takes its highlights away within a second or two, on a page that does not change',
      async () => {
        const chromium = asChromium(browser);
        const page = await chromium.open(servers.url('article.html'));
        const setEnabled = async (enabled: boolean) => {
          const extensions = await chromium.context.newPage();
          try {
            await extensions.goto('chrome://extensions');
            await extensions.evaluate(
              ([id, on]) =>
                (
                  globalThis as unknown as {
                    chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } };
                  }
                ).chrome.management.setEnabled(id, on),
              [chromium.extensionId, enabled] as const,
            );
          } finally {
            await extensions.close();
          }
        };
        try {
          expect(await badgeOf(page, '6')).toBe('6');
          await page.page.bringToFront();
          await setEnabled(false);
          const gone = await pollUntil(
            () => page.main.evaluate(readHighlightRanges),
            (ranges) => ranges.length === 0,
            { timeout: 3_000 },
          );
          expect(gone.value, 'highlights left on the page of a disabled extension').toEqual([]);
          expect(await page.main.evaluate(() => CSS.highlights.has('medglance'))).toBe(false);
        } finally {
          const restarted = chromium.context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
          await setEnabled(true);
          await restarted;
          await page.close();
        }
      },
    );
  });

  describe('a page that replaces document.adoptedStyleSheets or clears CSS.highlights', () => {
    it('gets the highlight style and ranges back within a second or two, without any DOM change', async () => {
      const page = await browser.open(servers.url('adopted-sheets.html'));
      try {
        await pollUntil(
          () => page.main.evaluate(pageIsDone),
          (done) => done,
        );
        expect(await page.main.evaluate(() => document.adoptedStyleSheets.length)).toBeGreaterThan(0);
        const styled = await pollUntil(
          () => page.main.evaluate(highlightStyleOf, 'p2'),
          (style) => style.ours !== style.unstyled,
          { timeout: 3_000 },
        );
        expect(styled.value.ours, 'computed ::highlight(medglance) style').not.toBe(styled.value.unstyled);
        // A page's own highlighter clearing the registry does not take ours away for good either.
        await page.main.evaluate(() => CSS.highlights.clear());
        const back = await pollUntil(
          () => page.main.evaluate(readHighlightRanges),
          (ranges) => ranges.length === 1,
          { timeout: 3_000 },
        );
        expect(back.value.map((range) => range.text)).toEqual(['Klonopin']);
      } finally {
        await page.close();
      }
    });
  });

  describe("highlight style under CSP style-src 'none'", () => {
    it('paints ::highlight(medglance) although the page allows no styles', async () => {
      const page = await browser.open(servers.url('csp-style-none.html'));
      try {
        await pollUntil(
          () => page.main.evaluate(readHighlightRanges),
          (ranges) => ranges.length === 2,
        );
        const style = await page.main.evaluate(highlightStyleOf, 'p2');
        expect(style.ours, 'computed ::highlight(medglance) style').not.toBe(style.unstyled);
      } finally {
        await page.close();
      }
    });
  });

  describe('the highlight style', () => {
    it('reaches mentions deep in inline elements, slotted text and text in (nested) shadow roots', async () => {
      const page = await browser.open(servers.url('shadow.html'));
      try {
        await pollUntil(
          () => page.main.evaluate(readHighlightRanges),
          (ranges) => ranges.length >= 5,
        );
        const where: (string | string[])[] = [
          'light-text',
          'slotted-text',
          ['declarative-host', 'declarative-text'],
          ['card-host', 'card-text'],
          ['card-host', 'inner-host', 'nested-text'],
        ];
        for (const path of where) {
          const style = await page.main.evaluate(highlightStyleOf, path);
          expect(style.ours, `computed ::highlight(medglance) style of ${String(path)}`).not.toBe(style.unstyled);
        }
      } finally {
        await page.close();
      }
    });
  });

  describe('no network', () => {
    itWhere(
      target,
      'observe-all-requests',
      'made no request beyond the test servers and its own files during all the tests above',
      async () => {
        expect(offLoopback).toEqual([]);
      },
    );
  });
});
