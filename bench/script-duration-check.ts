/**
 * Why the idle rows measure script from a trace (./script-time.ts) and not with CDP's
 * ScriptDuration: three pages spend 50 ms of script at DOMContentLoaded, in the listener itself,
 * in a promise job after it (code after `await`), and in a timer. Prints both figures for each,
 * median of 5 loads in Chromium.
 *
 *   npx tsx bench/script-duration-check.ts
 */
import { chromium } from 'playwright-core';
import { median } from './report';
import { recordScriptTrace, scriptMsFromTrace } from './script-time';
import { servePages } from './serve';

const CHROMIUM = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';
const LOADS = 5;
const BUSY = 'function busy(ms) { const t = performance.now(); while (performance.now() - t < ms) {} }';
const ready = (then: string) => `<script>${BUSY}; ${then}</script><p>text</p>`;
const PAGES: Record<string, string> = {
  '/nothing': ready(''),
  '/in-the-listener': ready("document.addEventListener('DOMContentLoaded', () => busy(50));"),
  '/after-await': ready(
    "(async () => { await new Promise((r) => document.addEventListener('DOMContentLoaded', r)); busy(50); })();",
  ),
  '/in-a-timer': ready("document.addEventListener('DOMContentLoaded', () => setTimeout(() => busy(50)));"),
};

async function main(): Promise<void> {
  const server = await servePages(PAGES);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log('50 ms of script at DOMContentLoaded, measured two ways (median of 5 loads):');
    console.log('page             | CDP ScriptDuration ms | trace, promise jobs included ms');
    for (const path of Object.keys(PAGES)) {
      const duration: number[] = [];
      const traced: number[] = [];
      for (let load = 0; load < LOADS; load++) {
        const page = await browser.newPage();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const stop = await recordScriptTrace(cdp);
        await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        traced.push(scriptMsFromTrace(await stop()));
        duration.push((metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000);
        await page.close();
      }
      console.log(
        `${path.slice(1).padEnd(16)} | ${median(duration).toFixed(1).padStart(21)} | ${median(traced).toFixed(1).padStart(31)}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
