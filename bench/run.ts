/**
 * Benchmarks MedGlance's scanner in real Chromium beside a floor (a bare text walk) and a peer
 * (mark.js on the same names), on the same generated pages, in the same run. Every measurement
 * is taken on a freshly loaded page that has finished its own first render; one warm-up round is
 * not counted. Prints one row per page and contender: median, spread (min-max), the median as a
 * multiple of the floor's, text nodes and mentions found. See bench/README.md.
 *
 *   npm run bench              RUNS=15 npm run bench
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import type { Measurement } from './in-page';
import { bigArticle, manyNodes } from './pages';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.RUNS ?? 7));
const CHROMIUM = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';
const APPENDED = 100;

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

async function bundleInPageCode(): Promise<string> {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: `${ROOT}bench/in-page.ts`, formats: ['iife'], name: 'medglanceBenchBundle' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('vite build returned no output');
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle chunk');
  return chunk.code;
}

function serve(pages: Record<string, string>): Promise<Server> {
  const server = createServer((request, response) => {
    const body = pages[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Loads the page afresh, waits for its first render, adds the bench code and measures once. */
async function measure(page: Page, url: string, bundle: string, contender: Contender): Promise<Measurement> {
  await page.goto(url);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ([name, appended]) => {
      const bench = (window as unknown as { medglanceBench: Record<string, (arg?: number) => Measurement | Promise<Measurement>> })
        .medglanceBench;
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
  const floors = new Map(rows.filter((row) => row.contender === 'floor').map((row) => [row.page, median(row.runs.map((r) => r.ms))]));
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
      contender === 'mutation' ? `+${last?.textNodes ?? 0}` : String(rows.find((row) => row.page === page && row.contender === 'floor')?.runs[0]?.textNodes ?? ''),
      mentions + slices,
    ]);
  }
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const numeric = new Set([2, 3, 4, 5]);
  return table
    .map((cells) => cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | '))
    .join('\n');
}

async function main(): Promise<void> {
  const bundle = await bundleInPageCode();
  const pages = { '/big-article': bigArticle(), '/many-nodes': manyNodes() };
  const server = await serve(pages);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const contenders = Object.keys(LABELS) as Contender[];
  const rows: Row[] = Object.keys(pages).flatMap((page) => contenders.map((contender) => ({ page, contender, runs: [] })));
  try {
    const page = await browser.newPage();
    // Round-robin, so that a slow moment of a busy machine does not fall on one contender only.
    for (let run = -1; run < RUNS; run++) {
      for (const row of rows) {
        const result = await measure(page, base + row.page, bundle, row.contender);
        if (run >= 0) row.runs.push(result);
      }
      process.stderr.write(run < 0 ? 'warm-up done\n' : `run ${run + 1}/${RUNS}\n`);
    }
    const version = browser.version();
    const cpu = cpus();
    console.log(`\nMedGlance scan benchmark: Chromium ${version} (headless), ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${RUNS} runs after a warm-up\n`);
    console.log(formatTable(rows));
    console.log(
      '\nx floor: median / the floor\'s median on the same page. "first scan" is the scanner\'s own time in one slice;' +
        '\n"restyle" is the style recalculation Chromium then does for our ::highlight rules (pages without mentions never pay it).',
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
