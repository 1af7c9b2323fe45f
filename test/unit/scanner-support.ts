/**
 * Shared set-up for the scanner unit tests: the real matcher and content app on jsdom, with a
 * recording highlight sink (jsdom has no CSS.highlights) and timer-based tasks.
 */
import { afterEach, beforeEach } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import type { DrugData } from '../../src/drugs/schema';
import { compileMatcher } from '../../src/matcher';
import type { Matcher, MatcherDrug } from '../../src/matcher/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { ContentApp } from '../../content/app';
import { RecordingHighlightSink } from '../../content/highlight/recording-sink';
import { HighlightStylesheet } from '../../content/highlight/stylesheet';

/** Clonazepam's names plus a small interaction table, so interactants can be tested before issue 4's data. */
export const TEST_DRUGS: MatcherDrug[] = BUNDLED_DRUGS.map((drug: DrugData) => ({
  id: drug.id,
  names: drug.names,
  interactions: [
    {
      id: 'opioids',
      members: [
        { generic: 'oxycodone', brands: ['Percocet', 'OxyContin'] },
        { generic: 'morphine', brands: [] },
      ],
    },
    { id: 'alcohol', members: [{ generic: 'alcohol', brands: [], aliases: ['beer'] }] },
  ],
}));

let cachedMatcher: Matcher | undefined;
export function testMatcher(): Matcher {
  cachedMatcher ??= compileMatcher(TEST_DRUGS);
  return cachedMatcher;
}

export interface TestApp {
  app: ContentApp;
  sink: RecordingHighlightSink;
  stylesheet: HighlightStylesheet;
  /** Waits until the scanner has handled every mutation so far and run all its slices. */
  settle(): Promise<void>;
}

export interface TestAppOptions {
  settings?: Partial<Settings>;
  hostname?: string;
  findStart?: (doc: Document) => Node | null;
  now?: () => number;
  sliceBudgetMs?: number;
  start?: boolean;
  /** Settings not read yet: nothing painted until applySettings(). */
  settingsPending?: boolean;
  /** The first slice runs inside start(). */
  firstSliceNow?: boolean;
  /** The matcher (default: the real one over TEST_DRUGS). */
  matcher?: Matcher;
  /** Whether the browser's highlight styles inherit (Chromium) or not (Firefox); default: Firefox's way. */
  stylesInherit?: boolean;
  /** Stands in for layout: whether a reader sees a text node. */
  isShown?: (text: Text) => boolean;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
}

/**
 * For a test file: a fresh document before each test, and every app a test started stopped after
 * it. Returns what the tests start an app with.
 */
export function appPerTest(): (options?: TestAppOptions) => TestApp {
  const started: TestApp[] = [];
  beforeEach(() => resetDocument());
  afterEach(() => {
    for (const test of started.splice(0)) test.app.stop();
  });
  return (options) => {
    const test = createTestApp(options);
    started.push(test);
    return test;
  };
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  const sink = new RecordingHighlightSink();
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], ...options.settings };
  const stylesheet = new HighlightStylesheet(settings.highlightStyle, options.stylesInherit ?? false);
  const app = new ContentApp({
    document,
    matcher: options.matcher ?? testMatcher(),
    highlightTarget: sink,
    stylesheet,
    settings,
    hostname: options.hostname ?? 'example.com',
    nextTask: (callback) => setTimeout(callback, 0),
    scheduleBatch: (run) => setTimeout(run, 0),
    findStart: options.findStart,
    isShown: options.isShown,
    setInterval: options.setInterval,
    clearInterval: options.clearInterval,
    now: options.now,
    sliceBudgetMs: options.sliceBudgetMs,
    settingsPending: options.settingsPending,
    firstSliceNow: options.firstSliceNow,
  });
  if (options.start !== false) app.start();
  return {
    app,
    sink,
    stylesheet,
    settle: async () => {
      // Mutation records arrive in a microtask; let them in before asking the scanner.
      await Promise.resolve();
      await app.scanner.idle();
    },
  };
}

/** Texts of the recorded ranges, sorted (the sink has no order). */
export function highlighted(sink: RecordingHighlightSink): string[] {
  return sink.texts().sort();
}

export function resetDocument(bodyHtml = ''): void {
  document.head.innerHTML = '';
  // A new body instead of emptying the old one: jsdom moves the live Ranges of every removed node onto
  // the parent one removal at a time, so emptying a body of thousands of highlighted paragraphs takes
  // seconds (past the hook timeout on a busy machine); one removal costs one pass.
  const body = document.createElement('body');
  body.innerHTML = bodyHtml;
  document.body.replaceWith(body);
  document.designMode = 'off';
  delete (document as unknown as Record<string, unknown>).adoptedStyleSheets;
}

/** jsdom has no adoptedStyleSheets: gives each scope an empty list, as browsers do (the document's goes at resetDocument). */
export function giveAdoptedSheets(...scopes: (Document | ShadowRoot)[]): void {
  for (const scope of scopes)
    Object.defineProperty(scope, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
}

/** A scope's adopted sheets (see giveAdoptedSheets). */
export function sheetsOf(scope: Document | ShadowRoot): CSSStyleSheet[] {
  return (scope as unknown as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets;
}
