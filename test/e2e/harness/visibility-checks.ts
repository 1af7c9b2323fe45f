/**
 * Text a page shows or hides after load, in any browser: the tab panel of visibility.html is
 * counted and highlighted within a second of being shown, and leaves when hidden again.
 */
import { expect } from 'vitest';
import { readHighlightRanges } from './probes';
import { pollUntil, type TestBrowser } from './session';

/** Visible mentions of visibility.html before any click (see the scenario in ../scenarios.ts). */
const VISIBLE_AT_LOAD = 4;

export async function checkTabPanelShownLater(browser: TestBrowser, url: string): Promise<void> {
  const page = await browser.open(url);
  const badge = (expected: string) =>
    pollUntil(
      () => page.badgeText(),
      (text) => text === expected,
      { timeout: 5_000, interval: 25 },
    );
  const rangesIn = (where: string) =>
    page.main
      .evaluate(readHighlightRanges)
      .then((ranges) => ranges.filter((range) => range.where === where).map((range) => range.text));
  try {
    expect((await badge(String(VISIBLE_AT_LOAD))).value).toBe(String(VISIBLE_AT_LOAD));
    expect(await rangesIn('panel-b-text')).toEqual([]);

    // Clicking the second tab shows its panel (2 mentions) and hides the first (1 mention).
    await page.main.evaluate(() => document.getElementById('tab-b')?.click());
    const shown = await badge(String(VISIBLE_AT_LOAD + 1));
    expect(shown.value).toBe(String(VISIBLE_AT_LOAD + 1));
    expect(shown.elapsed, 'ms until the shown panel was counted').toBeLessThan(1_000);
    expect(
      (
        await pollUntil(
          () => rangesIn('panel-b-text'),
          (texts) => texts.length === 2,
        )
      ).value.sort(),
    ).toEqual(['Klonopin', 'clonazepam']);
    expect(await rangesIn('panel-a-text')).toEqual([]);

    // A menu opened by a class change, then closed again.
    await page.main.evaluate(() => document.getElementById('menu')?.classList.add('open'));
    expect((await badge(String(VISIBLE_AT_LOAD + 2))).value).toBe(String(VISIBLE_AT_LOAD + 2));
    await page.main.evaluate(() => document.getElementById('menu')?.classList.remove('open'));
    const closed = await badge(String(VISIBLE_AT_LOAD + 1));
    expect(closed.value).toBe(String(VISIBLE_AT_LOAD + 1));
    expect(closed.elapsed, 'ms until the closed menu left the count').toBeLessThan(1_000);
    expect(await rangesIn('menu-item')).toEqual([]);
  } finally {
    await page.close();
  }
}
