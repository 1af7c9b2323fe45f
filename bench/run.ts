/**
 * Benchmarks MedGlance's scanner in real Chromium beside a floor (a bare text walk) and a peer
 * (mark.js on the same names), on the same pages, in the same run. Prints a table of medians.
 *
 *   npm run bench            (RUNS=7 by default)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { bigArticle, manyNodes } from './pages';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';

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

async function timed(page: Page, expression: string): Promise<number> {
  return page.evaluate(async (code) => {
    const started = performance.now();
    await (0, eval)(code);
    return performance.now() - started;
  }, expression);
}

interface Row {
  page: string;
  contender: string;
  median: string;
  note: string;
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
  const rows: Row[] = [];
  try {
    const page = await browser.newPage();
    const fresh = async (path: string) => {
      await page.goto(base + path);
      await page.addScriptTag({ content: bundle });
    };
    for (const path of Object.keys(pages)) {
      const floorMs: number[] = [];
      const oursMs: number[] = [];
      const peerMs: number[] = [];
      const longest: number[] = [];
      const slices: number[] = [];
      const mutationMs: number[] = [];
      let oursMentions = 0;
      let peerMentions = 0;
      let textNodes = 0;
      let mutationMentions = 0;
      // A warm-up run of each, not counted.
      for (let run = -1; run < RUNS; run++) {
        await fresh(path);
        const floorRun = await timed(page, 'window.medglanceBench.floor()');
        textNodes = await page.evaluate(() => (window as never as { medglanceBench: { floor(): number } }).medglanceBench.floor());
        await fresh(path);
        const ours = await page.evaluate(() => (window as never as { medglanceBench: { oursTotal(): Promise<{ ms: number; mentions: number }> } }).medglanceBench.oursTotal());
        await fresh(path);
        const sliced = await page.evaluate(() => (window as never as { medglanceBench: { oursSliced(): Promise<{ longestTaskMs: number; slices: number }> } }).medglanceBench.oursSliced());
        await fresh(path);
        const mutation = await page.evaluate(() => (window as never as { medglanceBench: { oursMutation(n: number): Promise<{ ms: number; mentions: number }> } }).medglanceBench.oursMutation(100));
        await fresh(path);
        const peerStarted = Date.now();
        peerMentions = await page.evaluate(() => (window as never as { medglanceBench: { peer(): Promise<number> } }).medglanceBench.peer());
        const peerRun = Date.now() - peerStarted;
        if (run < 0) continue;
        floorMs.push(floorRun);
        oursMs.push(ours.ms);
        oursMentions = ours.mentions;
        longest.push(sliced.longestTaskMs);
        slices.push(sliced.slices);
        mutationMs.push(mutation.ms);
        mutationMentions = mutation.mentions;
        peerMs.push(peerRun);
      }
      const f = (ms: number) => `${ms.toFixed(1)} ms`;
      rows.push(
        { page: path, contender: 'floor: bare SHOW_TEXT walk', median: f(median(floorMs)), note: `${textNodes} text nodes` },
        { page: path, contender: 'MedGlance: full first scan, one task', median: f(median(oursMs)), note: `${oursMentions} ranges in CSS.highlights` },
        { page: path, contender: 'MedGlance: first scan as shipped (sliced)', median: f(median(longest)), note: `longest task it gives the page; ${median(slices)} slices` },
        { page: path, contender: 'MedGlance: 100 paragraphs appended', median: f(median(mutationMs)), note: `${mutationMentions} new mentions, rescanning only the change` },
        { page: path, contender: 'peer: mark.js markRegExp, same names', median: f(median(peerMs)), note: `${peerMentions} <mark> elements (it rewrites the DOM)` },
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\nMedGlance scan benchmark: Chromium ${CHROMIUM}, median of ${RUNS} warm runs\n`);
  const widths = [14, 44, 11];
  console.log(['page', 'contender', 'median', 'note'].map((h, i) => h.padEnd(widths[i] ?? 0)).join(' | '));
  for (const row of rows) console.log([row.page, row.contender, row.median, row.note].map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | '));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
