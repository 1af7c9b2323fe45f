/**
 * Where the scanner's first scan spends its time: the in-page bench's `firstScan` (bench/in-page.ts,
 * built unminified so that functions have names) on a freshly loaded bench page in Chromium, under
 * the V8 sampling profiler (100 µs), `RUNS` loads (default 3); prints each scan's time and the
 * heaviest functions by self time, averaged per scan. A diagnostic, not a table of record (the
 * profiler slows script down). Not part of `npm run bench`:
 *   npx tsx bench/scan-profile.ts big-article     (or many-nodes)
 * The page holds the bench's own bundle in a <script>, as the in-page bench's pages do.
 */
import { chromium } from 'playwright-core';
import { bundleForPage } from './bundle.ts';
import { bigArticle, manyNodes } from './pages.ts';
import { servePages } from './serve.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const pageName = process.argv[2] ?? 'big-article';
const html = pageName === 'many-nodes' ? manyNodes().html : bigArticle().html;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const code = await bundleForPage('bench/in-page.ts', { minify: false });

const server = await servePages({ '/page': html });
const browser = await chromium.launch({
  executablePath: process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const selfMs = new Map<string, number>();
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${server.base}/page?${run}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.addScriptTag({ content: code });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const scan = (await page.evaluate('window.medglanceBench.firstScan()')) as { ms: number };
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    console.log(`first scan ${scan.ms.toFixed(1)} ms`);
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const frame = nodes.get(id)?.callFrame;
      const key = `${frame?.functionName || '(anonymous)'}:${(frame?.lineNumber ?? -1) + 1}`;
      selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  console.log(`\n${pageName}: heaviest functions by self time, ms per scan (line in the unminified bundle)`);
  for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${(ms / RUNS).toFixed(1).padStart(7)}  ${key.slice(0, 100)}`);
} finally {
  await browser.close();
  server.close();
}
