/**
 * Benchmarks MedGlance in real Chromium beside a floor and a peer (mark.js on the same names),
 * on generated pages, in the same run:
 * 1. the scanner alone, bundled into the page (bench/in-page.ts): floor = a bare text walk;
 * 2. the extension as a whole (bench/page-costs.ts): idle cost beside no extension and the floor
 *    extension (bench/floor-extension; and the same with a look for open shadow roots,
 *    bench/floor-shadows-extension), DOMContentLoaded to the first and to all highlights,
 *    badge latency, one appended mention on a small and a big page, the content script's size;
 * 3. the same highlight timings and sizes in Firefox (bench/firefox-costs.ts).
 * Every measurement is taken on a freshly loaded page; one warm-up round is not counted. Prints
 * medians, spread (min-max) and ratios, and writes every run to a JSON file. See bench/README.md.
 *
 *   npm run bench              RUNS=15 npm run bench
 *   BENCH_SIZE=small RUNS=1 npm run bench      (what CI runs: proves the bench works; small pages, no warm-up)
 *   BENCH_PARTS=pages npm run bench            (only the page-level part; or scanner, or firefox)
 *   BENCH_PAGES=frames-30,big-article ...      (only these page-level pages)
 *   BENCH_JSON=out.json npm run bench          (default bench/results/latest.json)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { bundleForPage } from './bundle';
import type { Measurement } from './in-page';
import { article, bigArticle, frontPage, manyNodes, wikiLike, withFrames } from './pages';
import { measureFirefoxCosts, type FirefoxCostResults } from './firefox-costs';
import { measurePageCosts, type PageCostResults } from './page-costs';
import { formatFirefoxCosts, formatPageCosts, median } from './report';
import { servePages } from './serve';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SMALL = process.env.BENCH_SIZE === 'small';
const SCALE = SMALL ? 0.05 : 1;
const RUNS = Math.max(1, Number(process.env.RUNS ?? (SMALL ? 1 : 7)));
const PAGE_RUNS = Math.max(1, Number(process.env.PAGE_RUNS ?? process.env.RUNS ?? (SMALL ? 1 : 5)));
const PARTS = new Set((process.env.BENCH_PARTS ?? 'scanner,pages,firefox').split(','));
const JSON_OUT = process.env.BENCH_JSON ?? join(ROOT, 'bench/results/latest.json');
const CHROMIUM = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX = process.env.MEDGLANCE_FIREFOX ?? '/usr/bin/firefox-esr';
const APPENDED = SMALL ? 10 : 100;
/** Only these page-level pages (names, comma-separated), e.g. BENCH_PAGES=frames-30,big-article. */
const ONLY_PAGES = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(',')) : undefined;
const wanted = <T extends { name: string }>(pages: T[]) =>
  pages.filter((page) => !ONLY_PAGES || ONLY_PAGES.has(page.name));

type Contender = 'floor' | 'floorData' | 'compile' | 'firstScan' | 'restyle' | 'sliced' | 'mutation' | 'peer';

const LABELS: Record<Contender, string> = {
  floor: 'floor: bare SHOW_TEXT walk',
  floorData: 'reference: walk reading each text',
  compile: 'MedGlance: compile the matcher',
  firstScan: 'MedGlance: first scan (one slice)',
  restyle: 'MedGlance: restyle for ::highlight rules',
  sliced: 'MedGlance: longest task, sliced scan',
  mutation: `MedGlance: ${APPENDED} paragraphs appended`,
  peer: 'peer: mark.js, same names',
};

/** Rows whose time is a whole-page cost, comparable with the floor's. */
const WHOLE_PAGE: ReadonlySet<Contender> = new Set(['floor', 'floorData', 'firstScan', 'restyle', 'peer']);

/** The extension's Chrome (or Firefox) build, as `vite build` makes it, into a temporary folder. */
async function buildExtension(target: 'chrome' | 'firefox' = 'chrome'): Promise<{ dir: string; cleanup: () => void }> {
  const given =
    target === 'chrome' ? process.env.MEDGLANCE_BENCH_EXTENSION : process.env.MEDGLANCE_BENCH_FIREFOX_EXTENSION;
  if (given) return { dir: given, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'medglance-bench-build-'));
  process.env.MEDGLANCE_TARGET = target;
  process.env.MEDGLANCE_OUT_DIR = dir;
  await build({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'warn' });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Loads the page afresh, waits for its first render, adds the bench code and measures once. */
async function measure(page: Page, url: string, bundle: string, contender: Contender): Promise<Measurement> {
  await page.goto(url);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ([name, appended]) => {
      const bench = (
        window as unknown as { medglanceBench: Record<string, (arg?: number) => Measurement | Promise<Measurement>> }
      ).medglanceBench;
      return bench[name]?.(appended) as Measurement | Promise<Measurement>;
    },
    [contender, APPENDED] as const,
  );
}

interface Row {
  page: string;
  contender: Contender;
  runs: Measurement[];
}

function formatTable(rows: Row[]): string {
  const floors = new Map(
    rows.filter((row) => row.contender === 'floor').map((row) => [row.page, median(row.runs.map((r) => r.ms))]),
  );
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
  const table = [['page', 'contender', 'median ms', 'min-max ms', 'x floor', 'text nodes', 'mentions']];
  for (const { page, contender, runs } of rows) {
    const times = runs.map((run) => run.ms);
    const floorMs = floors.get(page);
    const last = runs[runs.length - 1];
    const mentions = last?.mentions === undefined ? '-' : String(last.mentions);
    const slices = last?.slices === undefined ? '' : ` (${median(runs.map((run) => run.slices ?? 0))} slices)`;
    table.push([
      page,
      LABELS[contender],
      ms(median(times)),
      `${ms(Math.min(...times))}-${ms(Math.max(...times))}`,
      WHOLE_PAGE.has(contender) && floorMs ? `${(median(times) / floorMs).toFixed(1)}` : '-',
      contender === 'mutation'
        ? `+${last?.textNodes ?? 0}`
        : String(rows.find((row) => row.page === page && row.contender === 'floor')?.runs[0]?.textNodes ?? ''),
      mentions + slices,
    ]);
  }
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const numeric = new Set([2, 3, 4, 5]);
  return table
    .map((cells) =>
      cells
        .map((cell, column) =>
          numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
        )
        .join(' | '),
    )
    .join('\n');
}

async function scannerBench(base: string, pages: string[]): Promise<Row[]> {
  const code = await bundleForPage('bench/in-page.ts', { minify: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const contenders = Object.keys(LABELS) as Contender[];
  const rows: Row[] = pages.flatMap((page) => contenders.map((contender) => ({ page, contender, runs: [] })));
  try {
    const page = await browser.newPage();
    // Round-robin, so that a slow moment of a busy machine does not fall on one contender only.
    for (let run = SMALL ? 0 : -1; run < RUNS; run++) {
      for (const row of rows) {
        const result = await measure(page, base + row.page, code, row.contender);
        if (run >= 0) row.runs.push(result);
      }
      process.stderr.write(run < 0 ? 'scanner: warm-up done\n' : `scanner: run ${run + 1}/${RUNS}\n`);
    }
    return rows;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const big = bigArticle(SCALE);
  const many = manyNodes(SCALE);
  const frames = withFrames(SCALE);
  const pages: Record<string, string> = {
    '/big-article': big.html,
    '/many-nodes': many.html,
    '/article': article(SCALE),
    '/frames-30': frames.html,
    '/embed': frames.frame,
    '/wiki-like': wikiLike(SCALE),
    '/front-page': frontPage(SCALE),
  };
  const server = await servePages(pages);
  const { base } = server;
  const cpu = cpus();
  const header = `${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${SMALL ? 'small pages (BENCH_SIZE=small)' : 'full-size pages'}`;
  const json: {
    date: string;
    machine: string;
    chromium?: string;
    scanner?: unknown;
    pages?: PageCostResults;
    firefox?: FirefoxCostResults;
  } = {
    date: new Date().toISOString(),
    machine: header,
  };
  try {
    if (PARTS.has('scanner')) {
      const rows = await scannerBench(base, ['/big-article', '/many-nodes']);
      console.log(
        `\nMedGlance scan benchmark (the scanner alone, bundled into the page): ${header}, ${RUNS} runs after a warm-up\n`,
      );
      console.log(formatTable(rows));
      console.log(
        '\nx floor: median / the floor\'s median on the same page. "first scan" is the scanner\'s own time in one slice;' +
          '\n"restyle" is the style recalculation Chromium then does for our ::highlight rules (pages without mentions never pay it).',
      );
      json.scanner = rows;
    }
    if (PARTS.has('pages')) {
      const extension = await buildExtension();
      try {
        const markBundle = await bundleForPage('bench/mark-at-load.ts', { minify: true });
        const results = await measurePageCosts({
          runs: PAGE_RUNS,
          chromiumPath: CHROMIUM,
          extensionDir: extension.dir,
          floorDir: join(ROOT, 'bench/floor-extension'),
          floorShadowsDir: join(ROOT, 'bench/floor-shadows-extension'),
          base,
          idlePages: wanted([
            { path: '/article', name: 'article', frames: 1 },
            { path: '/frames-30', name: 'frames-30', frames: 1 + Math.round(30 * SCALE) || 2 },
            { path: '/wiki-like', name: 'wiki-like', frames: 1 },
            { path: '/front-page', name: 'front-page', frames: 1 },
          ]),
          mentionPages: wanted([
            { path: '/big-article', name: 'big-article', mentions: big.mentions },
            { path: '/many-nodes', name: 'many-nodes', mentions: many.mentions },
          ]),
          // The same appended mention on a small page (the article) and a big one.
          appendPages: wanted([
            { path: '/article', name: 'article' },
            { path: '/big-article', name: 'big-article' },
          ]),
          markBundle,
          warmUp: !SMALL,
          log: (line) => process.stderr.write(`${line}\n`),
        });
        console.log(
          `\nMedGlance page costs (the extension build in Chromium): ${header}, ${PAGE_RUNS} runs after a warm-up\n`,
        );
        console.log(formatPageCosts(results));
        json.pages = results;
      } finally {
        extension.cleanup();
      }
    }
    if (PARTS.has('firefox')) {
      const extension = await buildExtension('firefox');
      try {
        const results = await measureFirefoxCosts({
          runs: PAGE_RUNS,
          firefoxPath: FIREFOX,
          extensionDir: extension.dir,
          base,
          mentionPages: wanted([
            { path: '/big-article', name: 'big-article', mentions: big.mentions },
            { path: '/many-nodes', name: 'many-nodes', mentions: many.mentions },
          ]),
          markBundle: await bundleForPage('bench/mark-at-load.ts', { minify: true }),
          warmUp: !SMALL,
          log: (line) => process.stderr.write(`${line}\n`),
        });
        console.log(`\nMedGlance in Firefox: ${header}, ${PAGE_RUNS} runs after a warm-up\n`);
        console.log(formatFirefoxCosts(results));
        json.firefox = results;
      } finally {
        extension.cleanup();
      }
    }
    mkdirSync(dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify(json, null, 2));
    console.log(`\nEvery run: ${JSON_OUT}`);
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
