/**
 * Runs in the benchmark page (bundled by bench/run.ts). Three contenders on the same page:
 * - floor: a bare SHOW_TEXT TreeWalker walk, the least any scanner must do;
 * - ours: MedGlance's real scanner (matcher + scan + Ranges in CSS.highlights);
 * - peer: mark.js marking the same names (it wraps matches in <mark> elements).
 */
import Mark from 'mark.js';
import { BUNDLED_DRUGS } from '../src/drugs';
import { compileMatcher } from '../src/matcher';
import { ContentApp } from '../content/app';
import { CssHighlightSink } from '../content/highlight/css-highlight-sink';
import { HighlightStylesheet } from '../content/highlight/stylesheet';
import { createBatchScheduler } from '../content/scan/batch-scheduler';
import { createNextTask } from '../content/scan/next-task';
import { DEFAULT_SETTINGS } from '../src/settings/schema';

function floor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return nodes;
}

function namesOf(): string[] {
  const names = new Set<string>();
  for (const drug of BUNDLED_DRUGS) {
    drug.names.generic.forEach((name) => names.add(name));
    drug.names.brands.forEach((brand) => names.add(brand.name));
    drug.names.internationalBrands.forEach((brand) => names.add(brand.name));
    drug.names.misspellings.forEach((name) => names.add(name));
    drug.names.slang.forEach((slang) => names.add(slang.name));
    drug.names.otherLanguages.forEach((foreign) => names.add(foreign.name));
  }
  return [...names];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function peer(): Promise<number> {
  const pattern = new RegExp(`\\b(?:${namesOf().map(escape).join('|')})\\b`, 'gi');
  return new Promise((resolve) => {
    let count = 0;
    new Mark(document.body).markRegExp(pattern, {
      exclude: ['input', 'textarea', 'script', 'style', 'code', 'kbd', 'samp'],
      each: () => count++,
      done: () => resolve(count),
    });
  });
}

/** Durations of the tasks the scanner ran (each slice is one task). */
const taskDurations: number[] = [];

function newApp(sliceBudgetMs: number): ContentApp {
  const queueTask = createNextTask();
  const nextTask = (callback: () => void) =>
    queueTask(() => {
      const started = performance.now();
      callback();
      taskDurations.push(performance.now() - started);
    });
  return new ContentApp({
    document,
    matcher: compileMatcher(BUNDLED_DRUGS),
    highlightTarget: new CssHighlightSink(),
    stylesheet: new HighlightStylesheet(DEFAULT_SETTINGS.highlightStyle),
    settings: { ...DEFAULT_SETTINGS },
    hostname: location.hostname,
    nextTask,
    scheduleBatch: createBatchScheduler(window, nextTask),
    sliceBudgetMs,
  });
}

/** The whole first scan as one task: its total cost. */
async function oursTotal(): Promise<{ ms: number; mentions: number }> {
  const app = newApp(Number.POSITIVE_INFINITY);
  const started = performance.now();
  app.start();
  await app.scanner.firstScan();
  const ms = performance.now() - started;
  const mentions = CSS.highlights.get('medglance')?.size ?? 0;
  app.stop();
  return { ms, mentions };
}

/** The first scan as shipped (time slices): the longest task it gives the page, and slices run. */
async function oursSliced(): Promise<{ longestTaskMs: number; slices: number; wallMs: number }> {
  const app = newApp(8);
  taskDurations.length = 0;
  const started = performance.now();
  app.start();
  await app.scanner.firstScan();
  const wallMs = performance.now() - started;
  const slices = app.scanner.slices;
  app.stop();
  return { longestTaskMs: Math.max(0, ...taskDurations), slices, wallMs };
}

/** Cost of keeping up: append paragraphs to an already-scanned page and handle the batch. */
async function oursMutation(paragraphs: number): Promise<{ ms: number; mentions: number }> {
  const app = newApp(Number.POSITIVE_INFINITY);
  app.start();
  await app.scanner.firstScan();
  const before = app.store.count;
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `Added post ${i}: ${i % 10 === 0 ? 'my Klonopin dose changed' : 'nothing to see here'} today.`;
    fragment.append(p);
  }
  document.body.append(fragment);
  const started = performance.now();
  app.scanner.flush();
  await app.scanner.idle();
  const ms = performance.now() - started;
  const mentions = app.store.count - before;
  app.stop();
  return { ms, mentions };
}

Object.assign(window, { medglanceBench: { floor, peer, oursTotal, oursSliced, oursMutation } });

/** Where a first scan's time goes (diagnostics for tuning, not a contender). */
function breakdown(): Record<string, number> {
  const matcher = compileMatcher(BUNDLED_DRUGS);
  const out: Record<string, number> = {};
  let t = performance.now();
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push((walker.currentNode as Text).data);
  out.walkAndRead = performance.now() - t;
  for (const pass of ['mayMatchCold', 'mayMatchWarm']) {
    t = performance.now();
    let hits = 0;
    for (const text of texts) if (matcher.mayMatch(text)) hits++;
    out[pass] = performance.now() - t;
    out.hits = hits;
  }
  t = performance.now();
  let hosts = 0;
  for (const element of document.querySelectorAll('*')) if (element.shadowRoot || element.localName.includes('-')) hosts++;
  out.elementPass = performance.now() - t;
  return out;
}
Object.assign(window, { medglanceBreakdown: breakdown });
