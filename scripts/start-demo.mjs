#!/usr/bin/env node
/**
 * `npm start`: opens Chromium with dist/chrome loaded on the bundled demo page (scripts/demo/),
 * served from 127.0.0.1. Close the browser window (or press Ctrl+C) to stop.
 *
 *   --headless   run without a window
 *   --check      wait until the badge shows the page's mentions, print them and exit
 *                (0 when badge and highlights agree, 1 otherwise); used by the tests
 *
 * MEDGLANCE_DIST picks the build folder (default dist), MEDGLANCE_CHROMIUM the browser
 * (default /usr/bin/chromium).
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless');
const check = args.has('--check');
const unknown = [...args].filter((arg) => !['--headless', '--check'].includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(' ')}. Options: --headless, --check`);
  process.exit(2);
}

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const extensionDir = join(resolve(root, process.env.MEDGLANCE_DIST ?? 'dist'), 'chrome');
const chromiumPath = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';
const demoPage = join(root, 'scripts', 'demo', 'index.html');

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(extensionDir, 'manifest.json'))) fail(`No build in ${extensionDir}. Run: npm run build`);
if (!existsSync(chromiumPath)) fail(`No Chromium at ${chromiumPath}. Run: npm run install-browsers`);
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'No display found (DISPLAY and WAYLAND_DISPLAY are unset). To try it without a window: npm start -- --headless --check',
  );
}

/** Serves the one demo page on a free loopback port. */
function serveDemo() {
  const server = createServer(async (request, response) => {
    if (request.url !== '/' && request.url !== '/index.html') {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(await readFile(demoPage));
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

/** Polls the demo tab's badge and highlights until they show the same, non-zero count. */
async function waitForMentions(context, page, timeoutMs) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const deadline = Date.now() + timeoutMs;
  let last = { badge: '', highlights: 0 };
  let previousBadge = '';
  while (Date.now() < deadline) {
    const url = page.url();
    const badge = await worker.evaluate(async (pageUrl) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
    }, url);
    const highlights = await page.evaluate(() => CSS.highlights.get('medglance')?.size ?? 0);
    last = { badge, highlights };
    // The same badge twice in a row: the page's frames (which report after the top frame) are in.
    const settled = badge === previousBadge;
    previousBadge = badge;
    if (settled && badge !== '' && Number(badge) >= highlights && highlights > 0) return { ok: true, ...last };
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  return { ok: false, ...last };
}

const server = await serveDemo();
const url = `http://127.0.0.1:${server.address().port}/`;
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium's sandbox fails as root and in many containers (where headless checks run).
    ...(process.getuid?.() === 0 || headless ? ['--no-sandbox'] : []),
  ],
});

async function shutDown(code) {
  await context.close().catch(() => undefined);
  server.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  if (check) {
    const result = await waitForMentions(context, page, 20_000);
    // The badge counts every frame; the highlights here are the top frame's.
    console.log(`MedGlance demo: badge "${result.badge}", ${result.highlights} highlights in the top frame`);
    await shutDown(result.ok ? 0 : 1);
  } else {
    console.log(
      `MedGlance demo running at ${url} with ${extensionDir} loaded. Close the window or press Ctrl+C to stop.`,
    );
    context.on('close', () => {
      server.close();
      process.exit(0);
    });
  }
} catch (error) {
  console.error(error);
  await shutDown(1);
}
