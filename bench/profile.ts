/**
 * Where the time goes, from the browser's own instruments: loads one bench page in Chromium with
 * an extension (MedGlance, the floor extension, or none), records a DevTools trace and a CPU
 * profile of the page's renderer from before navigation until 1.5 s after `load`, and prints
 * - per extension script: parse/compile and top-level run (EvaluateScript), callbacks it ran
 *   (FunctionCall: timers, events, observers, message ports), and how many;
 * - style recalculations and layouts forced by an extension's script (with the function);
 * - the main thread's longest tasks, what they were made of;
 * - the CPU profile's heaviest functions of the extension scripts (self time).
 * It is a diagnostic, not a table of record: the numbers are a single load under the profiler.
 *
 *   npx tsx bench/profile.ts frames-30 medglance      (page: article, frames-30, wiki-like,
 *   npx tsx bench/profile.ts big-article medglance     front-page, big-article, many-nodes;
 *   npx tsx bench/profile.ts frames-30 floor           contender: none, floor, floor-shadows, medglance)
 * MEDGLANCE_BENCH_EXTENSION=dist/chrome uses that build instead of building one (unminified).
 * BENCH_TIMELINE=1 also lists every task from DOMContentLoaded on; BENCH_NO_CPU_PROFILE=1 leaves
 * the sampling profiler out (it slows script down several fold: the trace's times are nearer).
 * BENCH_SAVE_TRACE=file and BENCH_SAVE_PROFILE=file keep the trace events and the CPU profile (JSON)
 * for a closer look.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { article, bigArticle, frontPage, manyNodes, wikiLike, withFrames } from './pages';
import { table } from './report';
import { rendererMainThreads, scriptMsFromTrace } from './script-time';
import { servePages } from './serve';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.MEDGLANCE_CHROMIUM ?? '/usr/bin/chromium';
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1_500);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; stackTrace?: { url: string; functionName: string }[]; type?: string };
    beginData?: { stackTrace?: { url: string; functionName: string; lineNumber?: number }[] };
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function extensionDir(contender: string): Promise<{ dir?: string; cleanup: () => void }> {
  if (contender === 'none') return { cleanup: () => {} };
  if (contender === 'floor') return { dir: join(ROOT, 'bench/floor-extension'), cleanup: () => {} };
  if (contender === 'floor-shadows') return { dir: join(ROOT, 'bench/floor-shadows-extension'), cleanup: () => {} };
  const given = process.env.MEDGLANCE_BENCH_EXTENSION;
  if (given) return { dir: given, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'medglance-profile-build-'));
  process.env.MEDGLANCE_TARGET = 'chrome';
  process.env.MEDGLANCE_OUT_DIR = dir;
  // Not minified: the profile names the functions.
  await build({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'warn', build: { minify: false } });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const ms = (us: number) => (us / 1000).toFixed(1);
const shortUrl = (url: string) =>
  url.startsWith('chrome-extension://') ? `ext:${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}` : url || '(none)';

function summarizeTrace(events: TraceEvent[]): string {
  const mainThreads = rendererMainThreads(events);
  const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  const out: string[] = [
    `Script on the renderer main threads, all of it (V8's own events, promise jobs included): ${ms(scriptMsFromTrace(events) * 1000)} ms.` +
      '\nThe table below names the scripts by their entries; the promise jobs run after an entry (code after an `await`)' +
      '\nare not inside it, and not in it.',
  ];

  // Extension entries: script evaluation and callbacks, not counting ones nested in another.
  const byUrl = new Map<string, { evaluate: number; evaluations: number; calls: number; callMs: number }>();
  const extensionSpans: { start: number; end: number }[] = [];
  for (const event of onMain) {
    const url = event.args?.data?.url ?? '';
    if (!url.startsWith('chrome-extension://')) continue;
    if (event.name !== 'EvaluateScript' && event.name !== 'FunctionCall') continue;
    const end = event.ts + (event.dur ?? 0);
    if (extensionSpans.some((span) => span.start <= event.ts && end <= span.end)) continue;
    extensionSpans.push({ start: event.ts, end });
    const entry = byUrl.get(url) ?? { evaluate: 0, evaluations: 0, calls: 0, callMs: 0 };
    if (event.name === 'EvaluateScript') {
      entry.evaluate += event.dur ?? 0;
      entry.evaluations++;
    } else {
      entry.callMs += event.dur ?? 0;
      entry.calls++;
    }
    byUrl.set(url, entry);
  }
  const inside = (event: TraceEvent) =>
    extensionSpans.some((span) => span.start <= event.ts && event.ts + (event.dur ?? 0) <= span.end);
  const compile = onMain.filter((event) => event.name.startsWith('v8.compile') && inside(event));
  const gc = onMain.filter((event) => /GC|Scavenge|MarkCompact/i.test(event.name) && inside(event));
  out.push('Extension script on the renderer main thread (top-level entries):');
  const rows = [['script', 'evaluations', 'evaluate ms', 'callbacks', 'callback ms', 'total ms']];
  for (const [url, entry] of byUrl)
    rows.push([
      shortUrl(url),
      String(entry.evaluations),
      ms(entry.evaluate),
      String(entry.calls),
      ms(entry.callMs),
      ms(entry.evaluate + entry.callMs),
    ]);
  out.push(table(rows, 1));
  // Callbacks by what ran them (the enclosing event) and the function.
  const callbackKinds = new Map<string, { count: number; dur: number }>();
  for (const event of onMain) {
    const url = event.args?.data?.url ?? '';
    if (event.name !== 'FunctionCall' || !url.startsWith('chrome-extension://')) continue;
    const end = event.ts + (event.dur ?? 0);
    const parent = onMain
      .filter(
        (other) =>
          other !== event &&
          other.name !== 'FunctionCall' &&
          !other.name.startsWith('RunTask') &&
          !other.name.startsWith('ThreadControllerImpl') &&
          other.ts <= event.ts &&
          end <= other.ts + (other.dur ?? 0),
      )
      .sort((a, b) => b.ts - a.ts)[0];
    const what =
      parent?.name === 'EventDispatch' ? `EventDispatch(${parent.args?.data?.type ?? ''})` : (parent?.name ?? 'task');
    const key = `${what} -> ${(event.args?.data as { functionName?: string } | undefined)?.functionName || '(anonymous)'}`;
    const entry = callbackKinds.get(key) ?? { count: 0, dur: 0 };
    entry.count++;
    entry.dur += event.dur ?? 0;
    callbackKinds.set(key, entry);
  }
  out.push('  callbacks by kind:');
  for (const [key, entry] of [...callbackKinds].sort((a, b) => b[1].dur - a[1].dur).slice(0, 14))
    out.push(`    ${key}: ${entry.count}x, ${ms(entry.dur)} ms`);
  out.push(
    `  of which V8 compile events: ${ms(compile.reduce((sum, event) => sum + (event.dur ?? 0), 0))} ms (${compile.length}); GC: ${ms(gc.reduce((sum, event) => sum + (event.dur ?? 0), 0))} ms`,
  );

  // What inside the extension's entries took time (direct children only, by name).
  const children = new Map<string, number>();
  for (const event of onMain) {
    if (event.name === 'EvaluateScript' || event.name === 'FunctionCall' || !inside(event)) continue;
    children.set(event.name, (children.get(event.name) ?? 0) + (event.dur ?? 0));
  }
  const childRows = [...children].sort((a, b) => b[1] - a[1]).slice(0, 10);
  out.push(`  inside them: ${childRows.map(([name, dur]) => `${name} ${ms(dur)}`).join(', ')}`);

  // Forced style and layout: the ones with a script stack.
  const forced = onMain.filter(
    (event) =>
      (event.name === 'Layout' || event.name === 'UpdateLayoutTree') &&
      (event.args?.beginData?.stackTrace?.length ?? 0) > 0,
  );
  const forcedBy = new Map<string, { count: number; dur: number }>();
  for (const event of forced) {
    const frame = event.args?.beginData?.stackTrace?.[0];
    const key = `${event.name} by ${frame?.functionName || '(anonymous)'} ${shortUrl(frame?.url ?? '')}`;
    const entry = forcedBy.get(key) ?? { count: 0, dur: 0 };
    entry.count++;
    entry.dur += event.dur ?? 0;
    forcedBy.set(key, entry);
  }
  out.push('Forced style/layout (from script):');
  if (forcedBy.size === 0) out.push('  none');
  for (const [key, entry] of [...forcedBy].sort((a, b) => b[1].dur - a[1].dur).slice(0, 8))
    out.push(`  ${key}: ${entry.count}x, ${ms(entry.dur)} ms`);

  // Main thread totals and the longest tasks.
  const tasks = onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
  const topTasks = tasks.filter(
    (event) =>
      !tasks.some((other) => other !== event && other.ts <= event.ts && event.ts < other.ts + (other.dur ?? 0)),
  );
  const sumOf = (name: string) =>
    onMain.filter((event) => event.name === name).reduce((sum, event) => sum + (event.dur ?? 0), 0);
  out.push(
    `Main thread: tasks ${ms(topTasks.reduce((sum, event) => sum + (event.dur ?? 0), 0))} ms in ${topTasks.length}; ` +
      `style ${ms(sumOf('UpdateLayoutTree'))} ms; layout ${ms(sumOf('Layout'))} ms; paint ${ms(sumOf('Paint'))} ms; ` +
      `pre-paint ${ms(sumOf('PrePaint'))} ms; HTML parse ${ms(sumOf('ParseHTML'))} ms`,
  );
  const longest = [...topTasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 6);
  const start = Math.min(...onMain.map((event) => event.ts));
  for (const task of longest) {
    out.push(
      `  task at +${ms(task.ts - start)} ms: ${ms(task.dur ?? 0)} ms: ${taskParts(onMain, task)
        .slice(0, 5)
        .map(([name, dur]) => `${name} ${ms(dur)}`)
        .join(', ')}`,
    );
  }
  if (process.env.BENCH_TIMELINE) out.push(timeline(onMain, topTasks));
  return out.join('\n');
}

/** What a task was made of: the named phases and script inside it, longest first. */
function taskParts(onMain: TraceEvent[], task: TraceEvent): [string, number][] {
  const parts = new Map<string, number>();
  for (const event of onMain) {
    if (event === task || event.ts < task.ts || event.ts + (event.dur ?? 0) > task.ts + (task.dur ?? 0)) continue;
    if (!TASK_PARTS.includes(event.name)) continue;
    const label =
      event.name === 'FunctionCall' || event.name === 'EvaluateScript'
        ? `${event.name}(${shortUrl(event.args?.data?.url ?? '')})`
        : event.name;
    parts.set(label, (parts.get(label) ?? 0) + (event.dur ?? 0));
  }
  return [...parts].sort((a, b) => b[1] - a[1]);
}

const TASK_PARTS = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'ParseHTML', 'FunctionCall', 'EvaluateScript'];

/**
 * BENCH_TIMELINE=1: every main-thread task over 2 ms from DOMContentLoaded on, in order, with the
 * gap before it: where the wall time between DOMContentLoaded and the last highlight goes.
 */
function timeline(onMain: TraceEvent[], topTasks: TraceEvent[]): string {
  const dcl = onMain.find((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'DOMContentLoaded');
  if (!dcl) return 'Timeline: no DOMContentLoaded in the trace';
  const lines = ['Timeline from DOMContentLoaded (tasks over 2 ms; +start, duration, parts):'];
  let lastEnd = dcl.ts;
  for (const task of [...topTasks].sort((a, b) => a.ts - b.ts)) {
    if (task.ts + (task.dur ?? 0) < dcl.ts || (task.dur ?? 0) < 2000) continue;
    const parts = taskParts(onMain, task)
      .slice(0, 4)
      .map(([name, dur]) => `${name} ${ms(dur)}`)
      .join(', ');
    lines.push(
      `  +${ms(task.ts - dcl.ts)} (gap ${ms(Math.max(0, task.ts - lastEnd))}): ${ms(task.dur ?? 0)} ms: ${parts}`,
    );
    lastEnd = task.ts + (task.dur ?? 0);
    if (lines.length > 80) break;
  }
  return lines.join('\n');
}

function summarizeProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byFunction = new Map<string, number>();
  let extensionTotal = 0;
  for (const [id, time] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame?.url.startsWith('chrome-extension://')) continue;
    extensionTotal += time;
    const key = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  }
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return [
    `CPU profile, extension functions' self time: ${ms(extensionTotal)} ms; heaviest:`,
    ...top.map(([key, time]) => `  ${ms(time)} ms  ${key}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const [pageName = 'frames-30', contender = 'medglance'] = process.argv.slice(2);
  const big = bigArticle();
  const many = manyNodes();
  const frames = withFrames();
  const pages: Record<string, string> = {
    '/big-article': big.html,
    '/many-nodes': many.html,
    '/article': article(),
    '/frames-30': frames.html,
    '/embed': frames.frame,
    '/wiki-like': wikiLike(),
    '/front-page': frontPage(),
  };
  const server = await servePages(pages);
  const { base } = server;
  const extension = await extensionDir(contender);
  const profileDir = mkdtempSync(join(tmpdir(), 'medglance-profile-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync', '--no-first-run'];
  if (extension.dir) args.push(`--disable-extensions-except=${extension.dir}`, `--load-extension=${extension.dir}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  try {
    // Warm up: a first load of the same page (the disk cache, the extension's service worker).
    const warm = await context.newPage();
    await warm.goto(`${base}/${pageName}?warm`, { waitUntil: 'load' });
    await warm.waitForTimeout(500);
    await warm.close();

    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.stack',
          'v8',
          'v8.execute',
          'blink',
          'toplevel',
        ],
      },
    });
    // BENCH_NO_CPU_PROFILE=1: the trace alone (the sampling profiler slows script down several fold).
    const sampling = !process.env.BENCH_NO_CPU_PROFILE;
    if (sampling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${base}/${pageName}`, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const profile = sampling
      ? (
          (await cdp.send('Profiler.stop')) as {
            profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
          }
        ).profile
      : undefined;
    await cdp.send('Tracing.end');
    await complete;
    console.log(`\n${pageName} with ${contender}: one load, traced until ${SETTLE_MS} ms after load\n`);
    console.log(summarizeTrace(events));
    if (process.env.BENCH_SAVE_TRACE) writeFileSync(process.env.BENCH_SAVE_TRACE, JSON.stringify(events));
    if (profile) console.log(summarizeProfile(profile));
    if (profile && process.env.BENCH_SAVE_PROFILE)
      writeFileSync(process.env.BENCH_SAVE_PROFILE, JSON.stringify(profile));
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    extension.cleanup();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
