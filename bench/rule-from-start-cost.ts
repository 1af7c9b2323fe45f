/**
 * What a `::highlight()` rule present from a page's start costs a page that holds no highlight:
 * the case of every page without a mention once the top document gets the rules at its start
 * (content/index.ts). Each variant adopts its rule in an init script, before the page's own
 * content; each load is a fresh tab, the variants taking turns. Two figures per load:
 * DOMContentLoaded to the first rendered frame, and one full restyle of the loaded page (its
 * body's colour changed, style and layout forced; the median of 5 per load).
 * - Chromium: no rule, the rule on the root element alone (what the Chrome build adopts at the
 *   start), the rule on every element;
 * - Firefox: no rule, the rule on every element (a root rule paints nothing there: Firefox's
 *   highlight styles do not inherit).
 * Not part of `npm run bench`: `npx tsx bench/rule-from-start-cost.ts` (RUNS, default 5 loads).
 */
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { manyNodes, wikiLike } from './pages.ts';
import { median } from './report.ts';
import { servePages } from './serve.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const PAGES: Record<string, string> = { '/wiki-like': wikiLike(), '/many-nodes': manyNodes().html };

const adopt = (rule: string) =>
  rule
    ? `(() => { const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(rule)}); document.adoptedStyleSheets = [sheet]; })();`
    : '';
const RULES = {
  'no rule': '',
  'root alone': ':root::highlight(bench) { text-decoration: underline 2px dotted #0b6e99; }',
  'every element': '::highlight(bench) { text-decoration: underline 2px dotted #0b6e99; }',
};
const CHROMIUM_RULES = ['no rule', 'root alone', 'every element'] as const;
const FIREFOX_RULES = ['no rule', 'every element'] as const;

const WATCH = `window.__ruleBench = {};
document.addEventListener('DOMContentLoaded', () => {
  window.__ruleBench.dcl = performance.now();
  requestAnimationFrame(() => setTimeout(() => { window.__ruleBench.frame = performance.now(); }, 0));
});`;

/** Runs in the loaded page: [DOMContentLoaded to first frame, median full restyle]. */
const MEASURE = `(async () => {
  const times = window.__ruleBench;
  const restyles = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    document.body.style.color = i % 2 ? 'rgb(1, 2, 3)' : 'rgb(4, 5, 6)';
    getComputedStyle(document.body.lastElementChild).color;
    document.body.offsetHeight;
    restyles.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  restyles.sort((a, b) => a - b);
  return [times.frame - times.dcl, restyles[2]];
})()`;

interface Tab {
  load(url: string, init: string): Promise<number[]>;
}

const server = await servePages(PAGES);
const { base } = server;

async function run(browserName: string, rules: readonly (keyof typeof RULES)[], tab: Tab): Promise<void> {
  const results = new Map<string, number[][]>();
  for (let round = 0; round < RUNS; round++)
    for (const path of Object.keys(PAGES))
      for (const rule of rules) {
        const figures = await tab.load(`${base}${path}?${round}`, adopt(RULES[rule]) + WATCH);
        const key = `${path.slice(1)} | ${rule}`;
        results.set(key, [...(results.get(key) ?? []), figures]);
      }
  console.log(`\n${browserName}: a ::highlight() rule from the page's start, no highlight; median of ${RUNS} loads`);
  console.log('page       | rule          | DOMContentLoaded to first frame ms | full restyle ms');
  for (const [key, runs] of results) {
    const [page, rule] = key.split(' | ') as [string, string];
    const frame = median(runs.map((figures) => figures[0] as number));
    const restyle = median(runs.map((figures) => figures[1] as number));
    console.log(
      `${page.padEnd(10)} | ${rule.padEnd(13)} | ${frame.toFixed(1).padStart(34)} | ${restyle.toFixed(1).padStart(15)}`,
    );
  }
}

try {
  const chrome = await chromium.launch({
    executablePath: process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  await run('Chromium', CHROMIUM_RULES, {
    async load(url, init) {
      const page = await chrome.newPage();
      await page.addInitScript({ content: init });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const figures = (await page.evaluate(MEASURE)) as number[];
      await page.close();
      return figures;
    },
  });
  await chrome.close();

  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.MEDGLANCE_FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  await run('Firefox', FIREFOX_RULES, {
    async load(url, init) {
      const page = await firefox.newPage();
      await page.evaluateOnNewDocument(init);
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const figures = (await page.evaluate(MEASURE)) as number[];
      await page.close();
      return figures;
    },
  });
  await firefox.close();
} finally {
  server.close();
}
