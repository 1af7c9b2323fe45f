/**
 * Runs in the benchmark page (bundled by bench/run.ts), one measurement per freshly loaded page:
 * - floor: a bare SHOW_TEXT TreeWalker walk of the document, the least any scanner must do
 *   (and the walk reading each node's text, which any text scanner must do too);
 * - ours: MedGlance's real scanner (content/app.ts: matcher, scan, store, Ranges in CSS.highlights);
 * - peer: mark.js marking the same names (it wraps every match in a <mark> element).
 * Each returns its time in milliseconds, measured here with performance.now().
 */
import Mark from 'mark.js';
import { BUNDLED_DRUGS } from '../src/drugs';
import { namesPattern } from './names';
import { compileMatcher } from '../src/matcher';
import { ContentApp } from '../content/app';
import { CssHighlightSink } from '../content/highlight/css-highlight-sink';
import { HighlightStylesheet } from '../content/highlight/stylesheet';
import { createBatchScheduler } from '../content/scan/batch-scheduler';
import { createNextTask } from '../content/scan/next-task';
import { DEFAULT_SETTINGS } from '../src/settings/schema';

export interface Measurement {
  ms: number;
  /** Text nodes walked (floor) or added (mutation). */
  textNodes?: number;
  /** Mentions found: ranges in CSS.highlights, or <mark> elements for the peer. */
  mentions?: number;
  /** Time slices the scan took (the shipped, sliced scan). */
  slices?: number;
  /** Characters of text read. */
  characters?: number;
}

function floor(): Measurement {
  const started = performance.now();
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  while (walker.nextNode()) textNodes++;
  return { ms: performance.now() - started, textNodes };
}

/** The walk plus reading each node's text: what any scanner of text must at least do. */
function floorData(): Measurement {
  const started = performance.now();
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    characters += (node as Text).data.length;
  }
  return { ms: performance.now() - started, textNodes, characters };
}

function peer(): Promise<Measurement> {
  const pattern = namesPattern();
  const started = performance.now();
  return new Promise((resolve) => {
    let mentions = 0;
    new Mark(document.body).markRegExp(pattern, {
      exclude: ['input', 'textarea', 'script', 'style', 'code', 'kbd', 'samp'],
      each: () => mentions++,
      done: () => resolve({ ms: performance.now() - started, mentions }),
    });
  });
}

/** A content app as index.ts builds it; `taskMs` adds up the time spent in its own tasks. */
function newApp(sliceBudgetMs: number): { app: ContentApp; taskMs: number[] } {
  const taskMs: number[] = [];
  const queueTask = createNextTask();
  const nextTask = (callback: () => void) =>
    queueTask(() => {
      const started = performance.now();
      callback();
      taskMs.push(performance.now() - started);
    });
  const app = new ContentApp({
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
  return { app, taskMs };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Compiling the matcher, which every frame does once. */
function compile(): Measurement {
  const started = performance.now();
  compileMatcher(BUNDLED_DRUGS);
  return { ms: performance.now() - started };
}

/**
 * The whole first scan in one slice: the scanner's own time (start() plus its tasks), without
 * the rendering the browser does in between.
 */
async function firstScan(): Promise<Measurement> {
  const { app, taskMs } = newApp(Number.POSITIVE_INFINITY);
  const started = performance.now();
  app.start();
  taskMs.push(performance.now() - started);
  await app.scanner.firstScan();
  const mentions = CSS.highlights.get('medglance')?.size ?? 0;
  app.stop();
  return { ms: sum(taskMs), mentions };
}

/**
 * The style recalculation the browser does once our ::highlight rules are in the page (they are
 * adopted with the first mention): forced right after the first scan, so it is measured alone.
 */
async function restyle(): Promise<Measurement> {
  const { app } = newApp(Number.POSITIVE_INFINITY);
  app.start();
  await app.scanner.firstScan();
  const target = document.body.lastElementChild ?? document.body;
  const started = performance.now();
  void getComputedStyle(target).color;
  const ms = performance.now() - started;
  const mentions = CSS.highlights.get('medglance')?.size ?? 0;
  app.stop();
  return { ms, mentions };
}

/** The first scan as shipped (8 ms slices): the longest task it gives the page. */
async function sliced(): Promise<Measurement> {
  const { app, taskMs } = newApp(8);
  app.start();
  await app.scanner.firstScan();
  const slices = app.scanner.slices;
  const mentions = app.store.count;
  app.stop();
  return { ms: Math.max(0, ...taskMs), mentions, slices };
}

/** Keeping up: paragraphs appended to a scanned page, handled as one mutation batch. */
async function mutation(paragraphs: number): Promise<Measurement> {
  const { app } = newApp(Number.POSITIVE_INFINITY);
  app.start();
  await app.scanner.firstScan();
  // Let the browser render once (the restyle for our just-adopted rules belongs to the first
  // scan: see "restyle"), as it does between a first scan and a page's later changes.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
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
  return { ms, mentions, textNodes: paragraphs };
}

Object.assign(window, { medglanceBench: { floor, floorData, compile, firstScan, restyle, sliced, mutation, peer } });
