/**
 * The tooltip in real browsers with the extension (the observable contract): hover shows it in
 * time as a named role="dialog" that mentions clonazepam and has a "Full reference" control; the
 * pointer can move into it; Escape dismisses it; the keyboard step (through the background) opens
 * it and moves focus into it, across frames too; all of it on pages that restyle everything,
 * forbid styles, enforce Trusted Types or replace DOM methods.
 *
 * One list, run in Chromium and in Firefox (content scripts there live behind Xray wrappers, so
 * adopted stylesheets, the top layer and hit-testing are checked again). The in-depth block at the
 * end (click trigger, touch, links, settings, other drugs, the compact summary's details, the side
 * panel, fullscreen, axe, contrast, screenshots)
 * is written with Chromium's driver; Firefox lists it as skipped (harness/browsers.ts says why).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asChromium, describeWhere, forEachBrowser, type ExtensionBrowser } from './harness/browsers';
import {
  documentSnapshot,
  highlightRanges,
  type ChromiumTestPage,
  type ChromiumWithExtension,
} from './harness/chromium';
import { startTestServers, type TestServers } from './harness/server';
import { writeStoreScreenshot } from './harness/store-screenshots';
import { pageIsDone, pageRecordedErrors } from './harness/probes';
import { pollUntil, sleep, waitFor, type TestPage } from './harness/session';
import { BUNDLED_DRUGS } from '../../src/drugs/index';
import { SEVERITY_LEVELS } from '../../src/drugs/schema';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/schema';
import { SESSION_KEYS } from '../../src/messages';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOT_DIR = resolve('docs/screenshots');

const DIALOG = 'medglance-tooltip [role="dialog"]';
const VIEWPORT = { width: 1280, height: 720 };

forEachBrowser((target) => {
  let extension: ExtensionBrowser;
  let testServers: TestServers;

  beforeAll(async () => {
    testServers = await startTestServers();
    extension = (await target.launch()).browser;
  });

  afterAll(async () => {
    await extension?.close();
    await testServers?.close();
  });

  /** Opens a page, waits until it is done and the scanner has highlighted its mentions. */
  async function open(name: string): Promise<TestPage> {
    const test = await extension.open(testServers.url(name));
    await test.setViewport(VIEWPORT);
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

  const stepMention = async (test: TestPage, direction: 1 | -1) =>
    extension.sendToBackground({ type: 'step-mention', tabId: await test.tabId(), direction });

  describe('the contract on every page, hostile ones included', () => {
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
        const test = await open(name);
        try {
          const errorsBefore = await test.main.evaluate(pageRecordedErrors);
          // The CSP pages report their own blocked inline style and sink at load: only new ones count.
          const driverErrorsBefore = test.errors.length;
          const point = await pointAtWord(test, id, 'Klonopin');
          await test.movePointer(2, VIEWPORT.height - 2);
          await sleep(50);
          const started = Date.now();
          await test.movePointer(point.x, point.y);
          const state = await waitForTooltip(test, true);
          // Measured from outside the page: includes the driver's round trips, so a wider bound
          // than the in-page one of the in-depth block.
          expect(Date.now() - started).toBeLessThan(SHOWN_WITHIN_MS + 1_000);
          expectTooltipContract(state);
          await test.press('Escape');
          expect((await waitForTooltip(test, false, 1_000)).present).toBe(false);
          expect(await test.main.evaluate(pageRecordedErrors)).toEqual(errorsBefore);
          expect(test.errors.slice(driverErrorsBefore).filter((error) => !error.startsWith('CSP violation'))).toEqual(
            [],
          );
        } finally {
          await test.close();
        }
      });
    }
  });

  it('a name added to the interaction list from the fact sheet (Dilaudid, a hydromorphone brand) is recognised on a page: the tooltip lists it among the other drugs, rated serious', async () => {
    const test = await open('tooltip-new-names.html');
    try {
      await stepMention(test, 1);
      await waitForTooltip(test, true);
      const { value: others } = await pollUntil(
        () =>
          test.main.evaluate(() =>
            [...(document.querySelector('medglance-tooltip')?.shadowRoot?.querySelectorAll('.others li') ?? [])].map(
              (li) => ({ text: li.textContent ?? '', severity: (li as HTMLElement).dataset.severity ?? '' }),
            ),
          ),
        (items) => items.length > 0,
        { timeout: 5_000 },
      );
      expect(others).toHaveLength(1);
      expect(others[0]!.text).toMatch(/Dilaudid|hydromorphone/i);
      expect(others[0]!.text).toMatch(/breathing/i);
      expect(others[0]!.severity).toBe('serious');
      await test.press('Escape');
    } finally {
      await test.close();
    }
  });

  it('the pointer can move into it without it closing', async () => {
    const test = await open('tooltip-basic.html');
    try {
      const point = await pointAtWord(test, 'first', 'Klonopin');
      await test.movePointer(point.x, point.y);
      const { box } = await waitForTooltip(test, true);
      await test.movePointer(box!.x + box!.width / 2, box!.y + box!.height / 2, 10);
      await sleep(1_000);
      expect((await readTooltip(test)).present).toBe(true);
    } finally {
      await test.close();
    }
  });

  it('a step request through the background opens the tooltip and moves focus into it', async () => {
    const test = await open('tooltip-basic.html');
    try {
      await stepMention(test, 1);
      const state = await waitForTooltip(test, true);
      expect(state.role).toBe('dialog');
      expect(state.name).toMatch(/^Klonopin, /);
      expect(await test.main.evaluate(() => document.activeElement?.localName)).toBe('medglance-tooltip');
    } finally {
      await test.close();
    }
  });

  it('steps only through mentions a reader can see (hidden spam, closed menu, inactive tab and closed details skipped)', async () => {
    const test = await extension.open(testServers.url('visibility.html'));
    try {
      await pollUntil(
        () => test.badgeText(),
        (text) => text === '4',
      );
      const title = () =>
        test.main.evaluate(
          () =>
            document
              .querySelector('medglance-tooltip')
              ?.shadowRoot?.querySelector('[role="dialog"] h2')
              ?.textContent?.split(',')[0] ?? '',
        );
      const visited: string[] = [];
      for (let i = 0; i < 4; i++) {
        await stepMention(test, 1);
        const { value } = await pollUntil(title, (text) => text !== '' && text !== visited.at(-1), { timeout: 6_000 });
        visited.push(value);
      }
      expect(visited).toEqual(['Klonopin', 'clonazepam', 'Rivotril', 'Klonopin']);
    } finally {
      await test.close();
    }
  });

  it('a name split across elements: hovering its second part shows its tooltip; stepping visits it once', async () => {
    const test = await extension.open(testServers.url('split-names.html'));
    await test.setViewport(VIEWPORT);
    try {
      await pollUntil(
        () => test.badgeText(),
        (text) => text === '6',
      );
      const point = await pointAtWord(test, 'bold-tail', 'pin');
      await test.movePointer(point.x, point.y);
      const state = await waitForTooltip(test, true);
      expect(state.name).toMatch(/^Klonopin, /);
      await test.press('Escape');
      await waitForTooltip(test, false, 1_000);

      // Each step lands on the next mention: a new name, or the same name further down the page.
      const visited: { name: string; written: string; y: number }[] = [];
      for (let i = 0; i < 7; i++) {
        await stepMention(test, 1);
        const previous = visited.at(-1);
        const { value } = await pollUntil(
          () => readTooltip(test),
          (state) =>
            state.present &&
            state.box !== null &&
            // Another line of the page: the paragraphs are well over 12 px apart (an opening animation moves less).
            (previous === undefined ||
              state.name.split(',')[0] !== previous.written ||
              Math.abs(state.box.y - previous.y) > 12),
          { timeout: 6_000 },
        );
        // The dialog is named as the page writes the name: leave out its soft hyphen and zero-width space.
        const name = (value.name ?? '').split(',')[0]?.replace(/[\u00AD\u200B]/g, '') ?? '';
        visited.push({ name, written: value.name.split(',')[0] ?? '', y: value.box?.y ?? 0 });
      }
      // Six mentions, each once, then around to the first again.
      expect(visited.map((step) => step.name)).toEqual([
        'Klonopin',
        'clonazepam',
        'Klonopin',
        'Rivotril',
        'clonazepam',
        'Klonopin',
        'Klonopin',
      ]);
    } finally {
      await test.close();
    }
  });

  it('steps through every frame with mentions, cross-origin included, in order and around the tab', async () => {
    const test = await extension.open(testServers.url('frames.html'));
    try {
      await pollUntil(
        () => test.badgeText(),
        (text) => text === '7',
      );
      /** Which frame shows the tooltip, its heading, and whether focus went into it there. */
      const shownIn = async () => {
        const found: { frame: string; title: string; focused: boolean }[] = [];
        for (const frame of await test.frames()) {
          const state = await frame
            .evaluate(() => {
              const title = document
                .querySelector('medglance-tooltip')
                ?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent;
              return title
                ? { frame: window.name, title, focused: document.activeElement?.localName === 'medglance-tooltip' }
                : null;
            })
            .catch(() => null);
          if (state) found.push(state);
        }
        return found;
      };
      const label = (state: { frame: string; title: string }) => `${state.frame}:${state.title.split(',')[0]}`;
      const visited: string[] = [];
      for (let i = 0; i < 8; i++) {
        await stepMention(test, 1);
        // The next mention is always another one (no frame here has a name twice in a row).
        const { value } = await pollUntil(shownIn, (list) => list.length === 1 && label(list[0]!) !== visited.at(-1), {
          timeout: 6_000,
        });
        expect(value, `step ${i + 1}: one tooltip, in one frame`).toHaveLength(1);
        expect(value[0]!.focused, `step ${i + 1}: focus in the tooltip`).toBe(true);
        visited.push(label(value[0]!));
      }
      // Back from the top frame's only mention: the last mention of the last frame.
      await stepMention(test, -1);
      await expect.poll(async () => (await shownIn()).map(label), { timeout: 6_000 }).toEqual(['cross:K-pin']);
      expect(visited).toEqual([
        ':Klonopin',
        'same:Klonopin',
        'same:clonazepam',
        'srcdoc:Rivotril',
        'blank:clonazepam',
        'cross:Klonopin',
        'cross:K-pin',
        ':Klonopin',
      ]);
    } finally {
      await test.close();
    }
  });

  describe('compact summary', () => {
    /** Height, first-view items and the disclosure state, read from the tooltip's shadow root. */
    const compactView = (test: TestPage) =>
      test.main.evaluate(() => {
        const root = document.querySelector('medglance-tooltip')?.shadowRoot;
        const panel = root?.querySelector<HTMLElement>('[role="dialog"]');
        if (!root || !panel) return null;
        const lines = (element: Element | null) =>
          element
            ? Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight))
            : 0;
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

    it('at 1280x800: at most 360 px with the first-view items; after the viewport shrinks, "More" by mouse scrolls inside it from the first frame; a new one opens compact', async () => {
      const test = await open('tooltip-forum-others.html');
      try {
        await test.setViewport({ width: 1280, height: 800 });
        const point = await pointAtWord(test, 'first', 'Klonopin');
        await test.movePointer(point.x, point.y);
        await waitForTooltip(test, true);
        const view = (await compactView(test))!;
        expect(view.height).toBeLessThanOrEqual(360);
        expect(view.boxedLines).toBe(1);
        expect(view.otherLines).toEqual([1, 1]);
        expect(view.count).toMatch(/^and \d+ more$/);
        expect(view.urgent).toContain('911');
        expect(view.buttons).toEqual(['\u00D7', 'Full reference', 'Interactions', 'More warnings and sources']);
        expect(view.expanded).toBe('false');

        await test.setViewport(VIEWPORT);
        const moved = await pointAtWord(test, 'first', 'Klonopin');
        await test.movePointer(moved.x, moved.y);
        const state = await waitForTooltip(test, true);
        // Into the tooltip and onto "More", as a person would.
        const more = await test.main.evaluate(() => {
          const button = document
            .querySelector('medglance-tooltip')!
            .shadowRoot!.querySelector('button[aria-controls]')!
            .getBoundingClientRect();
          return { x: button.x + button.width / 2, y: button.y + button.height / 2 };
        });
        await test.movePointer(state.box!.x + 20, state.box!.y + 20, 5);
        await test.clickAt(more.x, more.y);
        const { value: opened } = await pollUntil(
          () => compactView(test),
          (current) => current?.regionShown === true,
          { timeout: 3_000 },
        );
        expect(opened?.expanded).toBe('true');
        expect(opened!.bottom).toBeLessThanOrEqual(VIEWPORT.height);
        expect(opened!.height).toBeGreaterThan(360);
        expect(opened!.scrolls).toBe(true);

        await test.press('Escape');
        expect((await waitForTooltip(test, false, 1_000)).present).toBe(false);
        await test.movePointer(2, VIEWPORT.height - 2);
        await sleep(50);
        await test.movePointer(moved.x, moved.y);
        await waitForTooltip(test, true);
        expect((await compactView(test))?.expanded).toBe('false');
      } finally {
        await test.close();
      }
    });

    it('"More" by keyboard: Tab reaches it, Enter opens and closes it, Escape closes the tooltip', async () => {
      const test = await open('tooltip-forum-others.html');
      try {
        await stepMention(test, 1);
        await waitForTooltip(test, true);
        for (let i = 0; i < 8 && (await compactView(test))?.focused !== 'More warnings and sources'; i++)
          await test.press('Tab');
        expect((await compactView(test))?.focused).toBe('More warnings and sources');
        await test.press('Enter');
        await pollUntil(
          () => compactView(test),
          (view) => view?.expanded === 'true',
          { timeout: 3_000 },
        );
        expect((await compactView(test))?.regionShown).toBe(true);
        await test.press('Enter');
        await pollUntil(
          () => compactView(test),
          (view) => view?.expanded === 'false',
          { timeout: 3_000 },
        );
        expect((await compactView(test))?.expanded).toBe('false');
        await test.press('Escape');
        expect((await waitForTooltip(test, false, 1_000)).present).toBe(false);
      } finally {
        await test.close();
      }
    });
  });

  describeWhere(target, 'chromium-driver', 'in depth', () =>
    inDepthTests({ browser: () => asChromium(extension), servers: () => testServers }),
  );
});

// ---------------------------------------------------------------------------------------------
// The shared list's helpers: evaluated in the page, the same in both browsers.

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
function readTooltip(test: TestPage): Promise<TooltipState> {
  return test.main.evaluate(() => {
    const real = (
      window as unknown as {
        realDom?: { elementRect: Element['getBoundingClientRect']; getComputedStyle: typeof getComputedStyle };
      }
    ).realDom;
    const host = document.querySelector('medglance-tooltip');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!host || !dialog) {
      return {
        present: false,
        role: '',
        name: '',
        text: '',
        buttons: [],
        box: null,
        topmost: '',
        fontSize: '',
        background: '',
      };
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

/** The viewport centre of `word` inside the element with `id` (or inside its open shadow root). */
function pointAtWord(test: TestPage, id: string, word: string): Promise<{ x: number; y: number }> {
  return test.main.evaluate(wordCenterInPage, [id, word] as const);
}

function wordCenterInPage([elementId, text]: readonly [string, string]): { x: number; y: number } {
  const real = (
    window as unknown as { realDom?: { rangeRects: Range['getClientRects']; createRange: Document['createRange'] } }
  ).realDom;
  const element = document.getElementById(elementId);
  if (!element) throw new Error(`no #${elementId}`);
  const root: Node = element.shadowRoot ?? element;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node as Text).data.indexOf(text);
    if (index === -1) continue;
    const range = real ? real.createRange.call(document) : document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + text.length);
    const rects = real ? real.rangeRects.call(range) : range.getClientRects();
    const rect = rects[0];
    if (!rect) throw new Error(`"${text}" has no box`);
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`"${text}" not found in #${elementId}`);
}

async function waitForTooltip(test: TestPage, present: boolean, timeout = 3_000): Promise<TooltipState> {
  const { value } = await pollUntil(
    () => readTooltip(test),
    (state) => state.present === present && (!present || state.box !== null),
    {
      timeout,
      interval: 25,
    },
  );
  return value;
}

function expectTooltipContract(state: TooltipState): void {
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

// ---------------------------------------------------------------------------------------------
// In depth, with Chromium's driver (playwright locators, CDP, emulated media, screenshots).

let browser: ChromiumWithExtension;
let servers: TestServers;
const openPages: ChromiumTestPage[] = [];

function inDepthTests(session: { browser: () => ChromiumWithExtension; servers: () => TestServers }): void {
  beforeAll(async () => {
    browser = session.browser();
    servers = session.servers();
    // Timing measured inside the page (the driver's round trips must not blur the bound):
    // when the pointer last moved, and when the tooltip's element entered the document.
    await browser.context.addInitScript(() => {
      const timing = { lastMove: 0, added: [] as number[] };
      (window as unknown as { tooltipTiming: typeof timing }).tooltipTiming = timing;
      addEventListener('pointermove', () => (timing.lastMove = performance.now()), true);
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if ((node as Element).localName === 'medglance-tooltip') timing.added.push(performance.now());
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });

  afterEach(async () => {
    while (openPages.length > 0)
      await openPages
        .pop()
        ?.close()
        .catch(() => undefined);
    await setSettings({});
  });

  describe('hover', () => {
    it('shows a named dialog soon after the hover delay on moving onto a mention, inside the viewport and on top', async () => {
      const { page } = await openPage('tooltip-basic.html');
      const { elapsed } = await hover(page, 'first', 'Klonopin');
      expect(elapsed).toBeLessThan(SHOWN_WITHIN_MS);
      await expectContract(page);
      await expectVisibleOnTop(page);
      const heading = await page.locator(`${DIALOG} h2`).textContent();
      expect(heading).toMatch(/^Klonopin, a brand of clonazepam, /);
      // Sized from the browser default (16px), not the page.
      expect((await panelStyle(page))?.fontSize).toBe('15px');
    });

    it('waits for the hover delay: not before it, and follows the setting', async () => {
      const { page } = await openPage('tooltip-basic.html');
      const first = await hover(page, 'generic', 'clonazepam');
      expect(first.elapsed).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.hoverDelayMs - 5);
      expect(first.elapsed).toBeLessThan(SHOWN_WITHIN_MS);

      await page.mouse.move(2, VIEWPORT.height - 2);
      expect(await waitForNoTooltip(page)).toBe(true);
      await setSettings({ hoverDelayMs: 1_200 });
      await sleep(300);
      const slow = await hover(page, 'generic', 'clonazepam');
      expect(slow.elapsed).toBeGreaterThanOrEqual(1_195);
      expect(slow.elapsed).toBeLessThan(2_500);
    });

    it('stays open while the pointer moves into it and rests there, closes once it leaves; the page is untouched meanwhile', async () => {
      const test = await openPage('tooltip-basic.html');
      const { page } = test;
      // The first scan is done when the badge counts every range.
      const settled = await pollUntil(
        async () => ({ badge: await test.badgeText(), ranges: await highlightRanges(page) }),
        ({ badge, ranges }) => badge === String(ranges.length),
      );
      expect(settled.ok).toBe(true);
      const { badge: badgeBefore, ranges: rangesBefore } = settled.value;
      const domBefore = await documentSnapshot(page);
      const { x, y } = await hover(page, 'first', 'Klonopin');
      const box = (await dialogBox(page))!;
      expect(box).not.toBeNull();
      // Travel from the word into the middle of the tooltip the way a hand does: a few steps.
      await page.mouse.move(x, y);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
      await sleep(1_200);
      expect(await dialogBox(page)).not.toBeNull();
      // The tooltip names clonazepam in an open shadow root: the extension's own UI is not page
      // text (no count, no range), and the page's DOM is unchanged apart from its medglance-* host.
      expect(await test.badgeText()).toBe(badgeBefore);
      expect(await highlightRanges(page)).toEqual(rangesBefore);
      expect(await documentSnapshot(page)).toBe(domBefore);
      await page.mouse.move(VIEWPORT.width - 10, 20, { steps: 4 });
      expect(await waitForNoTooltip(page, 2_000)).toBe(true);
    });

    it('finds a mention inside an open shadow root', async () => {
      const { page } = await openPage('tooltip-basic.html');
      const { elapsed } = await hover(page, 'shadow-host', 'clonazepam');
      expect(elapsed).toBeLessThan(SHOWN_WITHIN_MS);
      await expectContract(page);
    });

    it('ignores the pointer next to a mention (far hits are rejected)', async () => {
      const { page } = await openPage('tooltip-basic.html');
      // To the right of the end of the line that holds "clonazepam.": the caret lands at the
      // line's end, inside the text node, but no box of the mention holds the point.
      const point = await wordCenter(page, 'generic', 'clonazepam.');
      await page.mouse.move(point.x + 300, point.y);
      await sleep(800);
      expect(await dialogBox(page)).toBeNull();
    });
  });

  describe('dismissing', () => {
    it('Escape closes it without moving the pointer, and it does not come back while the pointer rests', async () => {
      const { page } = await openPage('tooltip-basic.html');
      await hover(page, 'first', 'Klonopin');
      expect(await dialogBox(page)).not.toBeNull();
      await page.keyboard.press('Escape');
      expect(await waitForNoTooltip(page, 500)).toBe(true);
      await sleep(800);
      expect(await page.locator('medglance-tooltip').count()).toBe(0);
    });

    it('its close button closes it', async () => {
      const { page } = await openPage('tooltip-basic.html');
      await hover(page, 'first', 'Klonopin');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      expect(await waitForNoTooltip(page, 1_000)).toBe(true);
    });
  });

  describe('touch', () => {
    it('a tap on a mention shows it at once in hover mode; it stays until a tap elsewhere', async () => {
      const { page } = await openPage('tooltip-basic.html');
      const cdp = await browser.context.newCDPSession(page);
      try {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
        const tap = async (x: number, y: number) => {
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        };
        const point = await wordCenter(page, 'first', 'Klonopin');
        await tap(point.x, point.y);
        expect(await waitForDialog(page, 1_500)).toBeLessThan(1_500);
        await expectContract(page);
        await sleep(1_000);
        expect(await dialogBox(page)).not.toBeNull();
        await tap(VIEWPORT.width - 10, 12);
        expect(await waitForNoTooltip(page, 1_500)).toBe(true);
      } finally {
        await cdp.detach();
      }
    });
  });

  describe('click trigger', () => {
    it('does not open on hover, opens on click, stays until an outside click', async () => {
      await setSettings({ tooltipTrigger: 'click' });
      const { page } = await openPage('tooltip-basic.html');
      await sleep(300);
      const point = await wordCenter(page, 'first', 'Klonopin');
      await page.mouse.move(point.x, point.y);
      await sleep(800);
      expect(await dialogBox(page)).toBeNull();
      await page.mouse.click(point.x, point.y);
      expect(await waitForDialog(page, 1_000)).toBeLessThan(1_000);
      await expectContract(page);
      await page.mouse.move(VIEWPORT.width - 10, 10, { steps: 3 });
      await sleep(800);
      expect(await dialogBox(page)).not.toBeNull();
      await page.mouse.click(VIEWPORT.width - 10, 10);
      expect(await waitForNoTooltip(page, 1_000)).toBe(true);
    });

    it('off: neither hover nor click opens it', async () => {
      await setSettings({ tooltipTrigger: 'off' });
      const { page } = await openPage('tooltip-basic.html');
      await sleep(300);
      const point = await wordCenter(page, 'first', 'Klonopin');
      await page.mouse.move(point.x, point.y);
      await page.mouse.click(point.x, point.y);
      await sleep(800);
      expect(await page.locator('medglance-tooltip').count()).toBe(0);
    });
  });

  describe('links', () => {
    it('a click on a mention inside a link still follows the link', async () => {
      const { page } = await openPage('tooltip-basic.html');
      const point = await wordCenter(page, 'link', 'Klonopin');
      await page.mouse.move(point.x, point.y);
      await waitForDialog(page);
      await Promise.all([
        page.waitForURL(/tooltip-target\.html$/, { timeout: 5_000 }),
        page.mouse.click(point.x, point.y),
      ]);
      expect(page.url()).toMatch(/tooltip-target\.html$/);
    });
  });

  describe('keyboard', () => {
    async function sendStep(page: ChromiumTestPage, direction: 1 | -1) {
      const tabId = await page.tabId();
      const worker = await browser.serviceWorker();
      await worker.evaluate(
        ([id, dir]) =>
          (globalThis as unknown as ChromeInWorker).chrome.tabs.sendMessage(
            id,
            { type: 'step-mention', direction: dir },
            { frameId: 0 },
          ),
        [tabId, direction] as const,
      );
    }

    const focusInfo = (page: Page) =>
      page.evaluate(() => {
        const active = document.activeElement;
        const inner = active?.shadowRoot?.activeElement ?? null;
        return {
          outer: active?.localName ?? '',
          outerId: active?.id ?? '',
          inner: inner
            ? `${inner.localName}${inner.getAttribute('role') ? `[${inner.getAttribute('role')}]` : ''}`
            : '',
          innerText: inner?.textContent ?? '',
        };
      });

    it('the step message opens the next mention, moves focus into it; Tab walks its controls; Escape returns focus', async () => {
      const test = await openPage('tooltip-basic.html');
      const { page } = test;
      await page.locator('#search').focus();
      await sendStep(test, 1);
      expect(await waitForDialog(page)).toBeLessThan(3_000);
      await expectContract(page);
      await expectVisibleOnTop(page);
      expect(await page.locator(`${DIALOG} h2`).textContent()).toMatch(/^Klonopin,/);
      expect(await focusInfo(page)).toMatchObject({ outer: 'medglance-tooltip', inner: 'div[dialog]' });

      // Tab goes through the dialog's controls (the close button, the scrolling summary when it
      // scrolls, "Full reference") while focus stays inside the tooltip.
      const controls: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        const info = await focusInfo(page);
        if (info.outer !== 'medglance-tooltip') break;
        controls.push(info.inner === 'button' ? info.innerText : info.inner);
        if (info.innerText === 'Full reference') break;
      }
      expect(controls[0]).toBe('\u00D7');
      expect(controls).toContain('Full reference');

      await page.keyboard.press('Escape');
      expect(await waitForNoTooltip(page, 1_000)).toBe(true);
      expect(await focusInfo(page)).toMatchObject({ outer: 'input', outerId: 'search' });
    });

    it('steps forward and back through the page, scrolling the mention into view', async () => {
      const test = await openPage('tooltip-basic.html');
      const { page } = test;
      await sendStep(test, 1);
      await waitForDialog(page);
      await sendStep(test, -1);
      // Back from the first mention wraps to the last one, far below the fold.
      await expect.poll(() => page.locator(`${DIALOG} h2`).textContent()).toMatch(/^kpins?,/);
      const far = await page.locator('#far').boundingBox();
      expect(far).not.toBeNull();
      expect(far!.y).toBeGreaterThanOrEqual(0);
      expect(far!.y + far!.height).toBeLessThanOrEqual(VIEWPORT.height);
      await expectVisibleOnTop(page);
      await sendStep(test, 1);
      await expect.poll(() => page.locator(`${DIALOG} h2`).textContent()).toMatch(/^Klonopin,/);
    });

    it('steps only through mentions a reader can see (hidden spam, closed menu, inactive tab and closed details skipped)', async () => {
      const test = await openPage('visibility.html');
      const { page } = test;
      const seen: string[] = [];
      for (const expected of ['Klonopin', 'clonazepam', 'Rivotril', 'Klonopin']) {
        await sendStep(test, 1);
        await expect
          .poll(() => page.locator(`${DIALOG} h2`).textContent(), { timeout: 6_000 })
          .toMatch(new RegExp(`^${expected},`));
        seen.push(expected);
      }
      expect(seen).toHaveLength(4);
    });

    it('follows its mention when the page scrolls', async () => {
      const test = await openPage('tooltip-basic.html');
      const { page } = test;
      await sendStep(test, 1);
      await waitForDialog(page);
      const before = (await dialogBox(page))!;
      const wordBefore = await wordCenter(page, 'first', 'Klonopin');
      await page.evaluate(() => window.scrollBy(0, 40));
      await expect.poll(async () => (await wordCenter(page, 'first', 'Klonopin')).y).toBeLessThan(wordBefore.y - 30);
      const wordAfter = await wordCenter(page, 'first', 'Klonopin');
      // Same movement as the word, give or take the pixel rounding of the placement.
      await expect
        .poll(async () => Math.abs(((await dialogBox(page))?.y ?? 0) - before.y - (wordAfter.y - wordBefore.y)), {
          timeout: 3_000,
        })
        .toBeLessThanOrEqual(1.5);
    });

    it('the background routes a step request for a tab (the path the keyboard command takes)', async () => {
      const test = await openPage('tooltip-basic.html');
      const tabId = await test.tabId();
      const extensionPage = await browser.openExtensionPage('manifest.json');
      try {
        await extensionPage.evaluate(
          (id) =>
            (globalThis as unknown as ChromeInWorker).chrome.runtime.sendMessage({
              type: 'step-mention',
              tabId: id,
              direction: 1,
            }),
          tabId,
        );
      } finally {
        await extensionPage.close();
      }
      expect(await waitForDialog(test.page)).toBeLessThan(3_000);
      await expectContract(test.page);
    });
  });

  describe('the page\u2019s other drugs', () => {
    it('lists interacting drugs named on the page with severity and the data\u2019s line', async () => {
      const drug = BUNDLED_DRUGS.find((candidate) => candidate.id === 'clonazepam')!;
      const opioids = drug.interactions?.find((row) => row.members.some((member) => member.generic === 'oxycodone'));
      expect(opioids, 'the bundled data lists oxycodone in an interaction').toBeDefined();
      const label = drug.severityScale.find((level) => level.level === opioids!.severity)!.label;

      const { page } = await openPage('tooltip-others.html');
      await hover(page, 'first', 'Klonopin');
      const items = await page.locator(`${DIALOG} .others li`).allTextContents();
      const line = opioids!.tooltipLine.trim().replace(/[.\s]+$/u, '');
      expect(items).toContain(`${label}oxycodone: ${line}`);
      expect(items.some((item) => item.includes('alcohol:'))).toBe(true);

      const basic = await openPage('tooltip-basic.html');
      await hover(basic.page, 'first', 'Klonopin');
      expect(await basic.page.locator(`${DIALOG} .others`).count()).toBe(0);
    });

    it('lists a drug named only in another frame of the tab (a cross-origin comments frame)', async () => {
      const test = await openPage('tooltip-others-frames.html');
      const key = SESSION_KEYS.tabDrugs(await test.tabId());
      // The comments frame has told the background what it names.
      await pollUntil(
        () => browser.sessionStorage(),
        (stored) => key in stored,
      );
      await hover(test.page, 'first', 'Klonopin');
      await expect
        .poll(() => test.page.locator(`${DIALOG} .others li`).allTextContents())
        .toEqual([expect.stringContaining('oxycodone:')]);
    });
  });

  describe('compact summary', () => {
    const LAPTOP = { width: 1280, height: 800 };

    /** A screenshot for the README: the tooltip and the paragraph it belongs to. */
    async function screenshotAround(page: Page, name: string) {
      const box = (await dialogBox(page))!;
      const size = page.viewportSize()!;
      const clip = { x: Math.max(0, box.x - 240), y: Math.max(0, box.y - 90), width: 0, height: 0 };
      clip.width = Math.min(size.width, box.x + box.width + 24) - clip.x;
      clip.height = Math.min(size.height, box.y + box.height + 16) - clip.y;
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, name), clip });
    }

    /** Heights and what the first view shows, read from the tooltip's shadow root. */
    const compactView = (page: Page) =>
      page.evaluate(() => {
        const root = document.querySelector('medglance-tooltip')!.shadowRoot!;
        const panel = root.querySelector<HTMLElement>('[role="dialog"]')!;
        const lineCount = (element: Element | null) => {
          if (!element) return 0;
          const style = getComputedStyle(element);
          return Math.round(element.getBoundingClientRect().height / parseFloat(style.lineHeight));
        };
        const more = root.querySelector<HTMLElement>('button[aria-controls]');
        const region = more ? root.getElementById(more.getAttribute('aria-controls')!) : null;
        const body = root.querySelector<HTMLElement>('.body')!;
        return {
          height: panel.getBoundingClientRect().height,
          bottom: panel.getBoundingClientRect().bottom,
          title: root.querySelector('h2')?.textContent ?? '',
          treats: root.querySelector('.treats')?.textContent ?? '',
          boxed: root.querySelector('.boxed-line')?.textContent ?? '',
          boxedLines: lineCount(root.querySelector('.boxed-line')),
          others: [...root.querySelectorAll('.others-block .others li')].map((li) => ({
            text: li.textContent ?? '',
            lines: lineCount(li),
          })),
          severities: [...root.querySelectorAll<HTMLElement>('.others li')].map((li) => li.dataset.severity ?? ''),
          count: root.querySelector('.others-count')?.textContent ?? '',
          urgent: root.querySelector('.urgent')?.textContent ?? '',
          buttons: [...panel.querySelectorAll('button')].map((b) => b.textContent ?? ''),
          expanded: more?.getAttribute('aria-expanded') ?? null,
          regionShown: region ? region.getBoundingClientRect().height > 0 : false,
          scrolls: body.scrollHeight > body.clientHeight + 1,
        };
      });

    it('at 1280x800 on a forum page with other drugs: at most 360 px, with every first-view item', async () => {
      const { page } = await openPage('tooltip-forum-others.html');
      await page.setViewportSize(LAPTOP);
      await hover(page, 'first', 'Klonopin');
      const view = await compactView(page);
      expect(view.height).toBeLessThanOrEqual(360);
      expect(view.title).toMatch(/^Klonopin, a brand of clonazepam, /);
      expect(view.treats).toMatch(/^Used for: ./);
      expect(view.boxed).toMatch(/^\u26A0Boxed warning: ./);
      expect(view.boxedLines).toBe(1);
      // Worst first, one line each, the rest counted.
      expect(view.others).toHaveLength(2);
      expect(view.others.map((line) => line.lines)).toEqual([1, 1]);
      const ranks = view.severities.map((level) => SEVERITY_LEVELS.indexOf(level as (typeof SEVERITY_LEVELS)[number]));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // The page names five other drugs; those the data lists as interacting, less the two shown, are counted.
      expect(view.severities.length).toBeGreaterThan(2);
      expect(view.count).toBe(`and ${view.severities.length - 2} more`);
      expect(view.urgent).toContain('Get emergency help now for:');
      expect(view.urgent).toContain('911');
      expect(view.buttons).toEqual(['\u00D7', 'Full reference', 'Interactions', 'More warnings and sources']);
      expect(view.expanded).toBe('false');
      expect(view.regionShown).toBe(false);
      await screenshotAround(page, 'tooltip-compact.png');
      writeStoreScreenshot('summary-on-a-forum-page.png', await page.screenshot());
    });

    it('"More" by mouse opens the rest inside the tooltip, never past the viewport; a new tooltip opens compact', async () => {
      const { page } = await openPage('tooltip-forum-others.html');
      await hover(page, 'first', 'Klonopin');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'More warnings and sources' }).click();
      await expect.poll(async () => (await compactView(page)).regionShown).toBe(true);
      const open = await compactView(page);
      expect(open.expanded).toBe('true');
      expect(open.bottom).toBeLessThanOrEqual(VIEWPORT.height);
      // Open, it may use the room it has beyond the compact limit; taller than that room, it scrolls inside itself.
      expect(open.height).toBeGreaterThan(360);
      expect(open.scrolls).toBe(true);
      expect(await dialog.textContent()).toContain('Sources:');
      await screenshotAround(page, 'tooltip-expanded.png');
      // Closed again: back within the compact limit.
      await dialog.getByRole('button', { name: 'More warnings and sources' }).click();
      await expect.poll(async () => (await compactView(page)).height).toBeLessThanOrEqual(360);

      await page.keyboard.press('Escape');
      expect(await waitForNoTooltip(page)).toBe(true);
      await hover(page, 'first', 'Klonopin');
      expect((await compactView(page)).expanded).toBe('false');
    });

    it('"More" by keyboard: Tab reaches it, Enter opens, Enter closes, Escape still closes the tooltip', async () => {
      const test = await openPage('tooltip-forum-others.html');
      const { page } = test;
      await page.setViewportSize(LAPTOP);
      const tabId = await test.tabId();
      const worker = await browser.serviceWorker();
      await worker.evaluate(
        (id) =>
          (globalThis as unknown as ChromeInWorker).chrome.tabs.sendMessage(
            id,
            { type: 'step-mention', direction: 1 },
            { frameId: 0 },
          ),
        tabId,
      );
      await waitForDialog(page);
      const focused = () =>
        page.evaluate(() => document.querySelector('medglance-tooltip')?.shadowRoot?.activeElement?.textContent ?? '');
      for (let i = 0; i < 8 && (await focused()) !== 'More warnings and sources'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('More warnings and sources');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await compactView(page)).expanded).toBe('true');
      expect((await compactView(page)).regionShown).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await compactView(page)).expanded).toBe('false');
      await page.keyboard.press('Escape');
      expect(await waitForNoTooltip(page)).toBe(true);
    });
  });

  describe('Full reference', () => {
    it('opens the side panel beside the page (the click is the gesture it needs), which takes the deep link', async () => {
      type Pending = { drugId: string; section: string };
      type Worker = ChromeInWorker & {
        pendingLog?: Pending[];
        chrome: {
          storage: {
            session: {
              get(key: string): Promise<Record<string, unknown>>;
              onChanged: { addListener(fn: (changes: Record<string, { newValue?: Pending }>) => void): void };
            };
          };
          runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
        };
      };
      const worker = await browser.serviceWorker();
      // Watch the deep link the panel reads (it may consume it at once).
      await worker.evaluate((key) => {
        const self = globalThis as unknown as Worker;
        self.pendingLog = [];
        self.chrome.storage.session.onChanged.addListener((changes) => {
          const value = changes[key]?.newValue;
          if (value) self.pendingLog!.push(value);
        });
      }, SESSION_KEYS.pendingReference);

      const { page } = await openPage('tooltip-basic.html');
      await hover(page, 'first', 'Klonopin');
      await page.getByRole('dialog').getByRole('button', { name: 'Full reference' }).click();
      const panels = await pollUntil(
        () =>
          worker.evaluate(() =>
            (globalThis as unknown as Worker).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }),
          ),
        (contexts) => contexts.length > 0 && contexts.every((context) => Boolean(context.documentUrl)),
        { timeout: 5_000 },
      );
      expect(panels.value.map((context) => context.documentUrl)).toEqual([
        `chrome-extension://${browser.extensionId}/popup/panel.html`,
      ]);
      const pending = await worker.evaluate(() => (globalThis as unknown as Worker).pendingLog);
      expect(pending).toEqual([expect.objectContaining({ drugId: 'clonazepam', section: 'what-it-is' })]);
      // The panel took the request: nothing is left waiting for a popup.
      const left = await pollUntil(
        () =>
          worker.evaluate(
            (key) => (globalThis as unknown as Worker).chrome.storage.session.get(key),
            SESSION_KEYS.pendingReference,
          ),
        (stored) => Object.keys(stored).length === 0,
        { timeout: 5_000 },
      );
      expect(left.value).toEqual({});
      // No popup and no tab opened besides.
      expect(browser.context.pages().some((open) => open.url().includes('/popup/'))).toBe(false);
    });
  });

  describe('hostile pages', () => {
    const pages = [
      {
        name: 'tooltip-restyle-all.html',
        id: 'first',
        word: 'Klonopin',
        why: '* { all: unset !important } and rules aimed at the tooltip',
      },
      {
        name: 'tooltip-csp.html',
        id: 'first',
        word: 'Klonopin',
        why: "CSP style-src 'none' + require-trusted-types-for 'script'",
      },
      { name: 'csp-style-none.html', id: 'p2', word: 'Klonopin', why: "CSP style-src 'none' (response header)" },
      {
        name: 'trusted-types.html',
        id: 'rendered-text',
        word: 'Klonopin',
        why: "require-trusted-types-for 'script' (response header)",
      },
      {
        name: 'tooltip-prototypes.html',
        id: 'first',
        word: 'Klonopin',
        why: 'DOM methods replaced, events swallowed at document',
      },
      { name: 'tooltip-rtl.html', id: 'first', word: 'Klonopin', why: 'right-to-left page' },
      {
        name: 'tooltip-custom-element.html',
        id: 'first',
        word: 'Klonopin',
        why: 'the page defines medglance-tooltip as its own custom element',
      },
    ];

    for (const { name, id, word, why } of pages) {
      it(`${name}: ${why}`, async () => {
        const test = await openPage(name);
        const { page } = test;
        const errorsBefore = await page.evaluate(pageRecordedErrors);
        const { elapsed } = await hover(page, id, word);
        expect(elapsed).toBeLessThan(SHOWN_WITHIN_MS);
        await expectContract(page);
        await expectVisibleOnTop(page);
        const style = await panelStyle(page);
        expect(style?.fontSize).toBe('15px');
        expect(style?.direction).toBe('ltr');
        expect(style?.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
        expect(style?.fontFamily).toMatch(/system-ui/);
        await page.keyboard.press('Escape');
        expect(await waitForNoTooltip(page, 1_000)).toBe(true);
        // The extension caused no new CSP violation and no page error.
        expect(await page.evaluate(pageRecordedErrors)).toEqual(errorsBefore);
        expect(uncaughtPageErrors(test.errors)).toEqual([]);
        if (name === 'tooltip-prototypes.html') {
          expect(await page.evaluate(() => (window as unknown as { overrideCalls: string[] }).overrideCalls)).toEqual(
            [],
          );
        }
        if (name === 'tooltip-custom-element.html') {
          // The page's constructor ran (on insertion) but found our shadow root already attached.
          expect(
            await page.evaluate(() => (window as unknown as { hijack: { tookShadow: number } }).hijack.tookShadow),
          ).toBe(0);
        }
        if (name === 'tooltip-csp.html') {
          expect(
            await page.evaluate(
              () => (window as unknown as { policyEnforced: { trustedTypes: boolean } }).policyEnforced,
            ),
          ).toEqual({
            trustedTypes: true,
          });
        }
      });
    }
  });

  describe('fullscreen and modal dialogs (the rest of the page is inert)', () => {
    it('stays on top and usable when fullscreen starts while it is shown', async () => {
      const { page } = await openPage('tooltip-fullscreen.html');
      await hover(page, 'first', 'Klonopin');
      expect(await dialogBox(page)).not.toBeNull();
      // Keyboard activation keeps the pointer on the word.
      await page.locator('#go').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? '')).toBe('stage');
      await sleep(300);
      await expectContract(page);
      await expectVisibleOnTop(page);
      await page.evaluate(() => document.exitFullscreen());
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
      await sleep(300);
      await expectVisibleOnTop(page);
    });

    it('works for a mention inside a modal dialog: on top, and the pointer can move into it', async () => {
      const { page } = await openPage('tooltip-fullscreen.html');
      await page.evaluate(() => (window as unknown as { openModal(): void }).openModal());
      // Text in a closed dialog is not counted; it comes in once the open dialog shows it.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const ranges: AbstractRange[] = [];
            (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights
              .get('medglance')
              ?.forEach((range) => ranges.push(range));
            return ranges.some((range) => document.getElementById('in-modal')?.contains(range.startContainer));
          }),
        )
        .toBe(true);
      const { elapsed } = await hover(page, 'in-modal', 'clonazepam');
      expect(elapsed).toBeLessThan(SHOWN_WITHIN_MS);
      await expectContract(page);
      await expectVisibleOnTop(page);
      const box = (await dialogBox(page))!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
      await sleep(800);
      expect(await dialogBox(page)).not.toBeNull();
      await page
        .getByRole('dialog', { name: /clonazepam/ })
        .getByRole('button', { name: 'Close' })
        .click();
      expect(await waitForNoTooltip(page, 1_000)).toBe(true);
    });
  });

  describe('looks and accessibility', () => {
    async function runAxe(page: Page) {
      await page.evaluate(AXE_SOURCE);
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } })
          .axe;
        type AxeResults = {
          violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
          passes: { id: string }[];
        };
        const results = await axe.run(
          { include: [{ fromShadowDom: ['medglance-tooltip', '[role="dialog"]'] }] },
          { resultTypes: ['violations', 'passes'] },
        );
        return {
          violations: results.violations.map((v) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n) => [n.target, n.failureSummary]),
          })),
          passes: results.passes.map((p) => p.id),
        };
      });
    }

    /** WCAG contrast of every piece of text in the tooltip against the background it sits on. */
    function textContrast(page: Page) {
      return page.evaluate(() => {
        const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const channel = (v: number) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
        };
        const root = document.querySelector('medglance-tooltip')!.shadowRoot!;
        const failures: string[] = [];
        let checked = 0;
        for (const element of root.querySelectorAll('*')) {
          const hasText = [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
          );
          if (!hasText) continue;
          const style = getComputedStyle(element);
          let background: number[] | undefined;
          for (let at: Element | null = element; at; at = at.parentElement) {
            const rgba = parse(getComputedStyle(at).backgroundColor);
            if (rgba.length === 3 || (rgba.length === 4 && rgba[3] === 1)) {
              background = rgba.slice(0, 3);
              break;
            }
          }
          if (!background) continue;
          const [l1, l2] = [luminance(parse(style.color)), luminance(background)].sort((a, b) => b - a);
          const ratio = (l1! + 0.05) / (l2! + 0.05);
          const size = parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          checked++;
          if (ratio < (large ? 3 : 4.5))
            failures.push(
              `${element.localName}.${element.className}: ${ratio.toFixed(2)} "${element.textContent!.slice(0, 30)}"`,
            );
        }
        return { checked, failures };
      });
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`${scheme}: axe finds no violations inside the tooltip; screenshot for the README`, async () => {
        const { page } = await openPage('tooltip-others.html');
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await hover(page, 'first', 'Klonopin');
        await expectContract(page);
        const style = await panelStyle(page);
        expect(style?.background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(31, 32, 35)');
        expect(style?.animation).toBe('none');

        const axe = await runAxe(page);
        expect(axe.violations).toEqual([]);
        expect(axe.passes).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name', 'list', 'listitem']));
        // axe cannot read colours in the top layer ("incomplete"): measure every text's contrast here.
        const contrast = await textContrast(page);
        expect(contrast.checked).toBeGreaterThan(10);
        expect(contrast.failures).toEqual([]);

        const box = (await dialogBox(page))!;
        const word = await wordCenter(page, 'first', 'Klonopin');
        const left = Math.max(0, Math.min(box.x, word.x - 60) - 24);
        const top = Math.max(0, Math.min(box.y, word.y - 20) - 24);
        const right = Math.min(VIEWPORT.width, Math.max(box.x + box.width, word.x + 60) + 24);
        const bottom = Math.min(VIEWPORT.height, box.y + box.height + 24);
        const file = resolve(SCREENSHOT_DIR, `tooltip-${scheme}.png`);
        mkdirSync(dirname(file), { recursive: true });
        await page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
      });
    }

    it('animates only without a reduced-motion preference', async () => {
      const { page } = await openPage('tooltip-basic.html');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await hover(page, 'first', 'Klonopin');
      expect((await panelStyle(page))?.animation).toBe('mg-appear');
    });

    it('is gone from the page when closed: nothing of it remains in the DOM', async () => {
      const { page } = await openPage('tooltip-basic.html');
      await hover(page, 'first', 'Klonopin');
      await page.keyboard.press('Escape');
      await waitForNoTooltip(page);
      expect(await page.evaluate(() => document.documentElement.outerHTML.includes('medglance-tooltip'))).toBe(false);
    });
  });
}

// Its helpers.

type ChromeInWorker = {
  chrome: {
    storage: {
      sync: { set(items: Record<string, unknown>): Promise<void> };
      session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };
    };
    tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
};

async function setSettings(patch: Partial<Settings>): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate(
    ([key, value]) => (globalThis as unknown as ChromeInWorker).chrome.storage.sync.set({ [key]: value }),
    [SETTINGS_STORAGE_KEY, { ...DEFAULT_SETTINGS, ...patch }] as const,
  );
}

/** Opens a page, waits until it is done and the scanner has highlighted its mentions. */
async function openPage(name: string): Promise<ChromiumTestPage> {
  const page = await browser.open(servers.url(name));
  openPages.push(page);
  await page.page.setViewportSize(VIEWPORT);
  await waitFor(() => page.main.evaluate(pageIsDone), { message: `${name} done` });
  await waitFor(
    () =>
      page.main.evaluate(() => {
        const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
        return (registry?.get('medglance')?.size ?? 0) > 0;
      }),
    { timeout: 10_000, message: `mentions highlighted on ${name}` },
  );
  return page;
}

/** The viewport centre of `word` inside the element with `id` (or inside its open shadow root). */
async function wordCenter(page: Page, id: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([elementId, text]) => {
      const real = (
        window as unknown as { realDom?: { rangeRects: Range['getClientRects']; createRange: Document['createRange'] } }
      ).realDom;
      const element = document.getElementById(elementId);
      if (!element) throw new Error(`no #${elementId}`);
      const root: Node = element.shadowRoot ?? element;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(text);
        if (index === -1) continue;
        const range = real ? real.createRange.call(document) : document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + text.length);
        const rects = real ? real.rangeRects.call(range) : range.getClientRects();
        const rect = rects[0];
        if (!rect) throw new Error(`"${text}" has no box`);
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${text}" not found in #${elementId}`);
    },
    [id, word] as const,
  );
}

async function dialogBox(page: Page) {
  const dialog = page.locator(DIALOG);
  if ((await dialog.count()) === 0) return null;
  const box = await dialog.boundingBox();
  return box && box.width > 0 && box.height > 0 ? box : null;
}

/** Polls until the dialog has a box; returns the time it took, or Infinity. */
async function waitForDialog(page: Page, timeout = 3_000): Promise<number> {
  const { ok, elapsed } = await pollUntil(
    () => dialogBox(page),
    (box) => box !== null,
    { timeout, interval: 15 },
  );
  return ok ? elapsed : Number.POSITIVE_INFINITY;
}

async function waitForNoTooltip(page: Page, timeout = 3_000): Promise<boolean> {
  const { ok } = await pollUntil(
    () => page.locator('medglance-tooltip').count(),
    (count) => count === 0,
    { timeout, interval: 25 },
  );
  return ok;
}

/**
 * How long after the pointer arrives a tooltip must be in the document: the hover delay (300 ms)
 * plus room for the first hover's injection of the tooltip script on a busy machine. A tooltip
 * that waits for some later event instead fails it; the latency itself is a benchmark figure.
 */
const SHOWN_WITHIN_MS = DEFAULT_SETTINGS.hoverDelayMs + 700;

type Timing = { lastMove: number; added: number[] };
const readTiming = (page: Page) => page.evaluate(() => (window as unknown as { tooltipTiming: Timing }).tooltipTiming);

/**
 * Moves the pointer onto `word` and waits for the tooltip. `elapsed` is measured in the page:
 * from the pointer's arrival to the tooltip entering the document (Infinity if it never did).
 */
async function hover(page: Page, id: string, word: string): Promise<{ x: number; y: number; elapsed: number }> {
  const point = await wordCenter(page, id, word);
  await page.mouse.move(2, VIEWPORT.height - 2);
  await sleep(50);
  await page.evaluate(() => ((window as unknown as { tooltipTiming: Timing }).tooltipTiming.added = []));
  await page.mouse.move(point.x, point.y);
  const arrived = (await readTiming(page)).lastMove;
  await waitForDialog(page);
  const shown = (await readTiming(page)).added[0];
  return { ...point, elapsed: shown === undefined ? Number.POSITIVE_INFINITY : shown - arrived };
}

/** Issue 5's contract: a named dialog that mentions clonazepam and can open the full reference. */
async function expectContract(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /./ });
  await expect.poll(() => dialog.count()).toBe(1);
  expect((await dialog.textContent())?.toLowerCase()).toContain('clonazepam');
  expect(await dialog.getByRole('button', { name: 'Full reference' }).count()).toBe(1);
}

/** A non-zero box fully inside the viewport, and the top-most thing at its centre. */
async function expectVisibleOnTop(page: Page): Promise<void> {
  const box = await dialogBox(page);
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(50);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName ?? '', [
    box.x + box.width / 2,
    box.y + box.height / 2,
  ] as const);
  expect(topmost).toBe('medglance-tooltip');
}

/** Styles really apply: the browser's default size (not the page's) and an opaque background. */
async function panelStyle(page: Page) {
  return page.evaluate((selector) => {
    const host = document.querySelector('medglance-tooltip');
    const panel = host?.shadowRoot?.querySelector(selector.split(' ').slice(1).join(' ')) as HTMLElement | null;
    if (!panel) return null;
    const real = (window as unknown as { realDom?: { getComputedStyle: typeof getComputedStyle } }).realDom;
    const style = (real?.getComputedStyle ?? getComputedStyle)(panel);
    return {
      fontSize: style.fontSize,
      background: style.backgroundColor,
      color: style.color,
      direction: style.direction,
      animation: style.animationName,
      fontFamily: style.fontFamily,
    };
  }, DIALOG);
}

function uncaughtPageErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !error.startsWith('CSP violation'));
}

// ---------------------------------------------------------------------------------------------
