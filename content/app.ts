/**
 * One frame's MedGlance: scanner, mention store, highlights and their styles, wired to the
 * settings. Browser-free apart from the DOM, so unit tests run it on jsdom; ./index.ts gives it
 * the real browser pieces.
 *
 * Highlighting off (globally or for the site) takes the ranges out of the `medglance`
 * highlight and the registry, but the scan goes on: the badge and the popup still count the
 * mentions, and switching back on shows them at once without a rescan.
 *
 * The ::highlight rules go into the page only once there is something to paint: adopting a
 * stylesheet with them makes Chromium restyle every element of the tree (measured 50-90 ms on a
 * 20,000-paragraph page, 200-450 ms on 100,000 elements), and most pages mention no drug at all.
 */
import type { Matcher } from '../src/matcher/types';
import { highlightOnFor } from '../src/settings/site-switch';
import type { Settings } from '../src/settings/schema';
import type { RegisteredHighlightSink } from './highlight/css-highlight-sink';
import type { HighlightStylesheet } from './highlight/stylesheet';
import { SwitchableHighlightSink } from './highlight/switchable-sink';
import { PageMentions } from './mentions/store';
import { VisibleOnlyRecorder } from './mentions/visible-only';
import { isShownLikeFindInPage, type IsShown } from './scan/visibility';
import type { ScheduleBatch } from './scan/batch-scheduler';
import type { NextTask } from './scan/next-task';
import { PageScanner } from './scan/page-scanner';

export interface ContentAppOptions {
  document: Document;
  matcher: Matcher;
  /** Where ranges are painted: CSS.highlights in browsers, a recorder in tests. */
  highlightTarget: RegisteredHighlightSink;
  /** The ::highlight rules; absent where constructable stylesheets are missing. */
  stylesheet?: HighlightStylesheet;
  settings: Settings;
  /**
   * The settings are still being read (a frame asks for them only once it found something):
   * nothing is painted until applySettings() brings them; scanning and counting go on.
   */
  settingsPending?: boolean;
  /** The site whose settings apply (see runtime/site.ts). */
  hostname: string;
  nextTask: NextTask;
  scheduleBatch: ScheduleBatch;
  /** Where the first scan starts (see scan/anchor-start.ts); null: at the beginning. */
  findStart?: (doc: Document) => Node | null;
  /** Whether a reader sees a text node (find-in-page's rule); a seam for tests without layout. */
  isShown?: IsShown;
  /** Timers of the visibility recheck (tests pass fakes). */
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
  now?: () => number;
  sliceBudgetMs?: number;
  /** Run the first scan's first slice inside start() (see PageScanner). */
  firstSliceNow?: boolean;
  /** Slices grow up to this while the page leaves us alone (default: no growth if sliceBudgetMs is given, else 32). */
  maxSliceBudgetMs?: number;
}

export class ContentApp {
  readonly store: PageMentions;
  /** Holds back what matched in text a reader cannot see, and rechecks it. */
  readonly visibleOnly: VisibleOnlyRecorder;
  readonly scanner: PageScanner;
  readonly highlights: SwitchableHighlightSink;
  readonly #stylesheet: HighlightStylesheet | undefined;
  readonly #hostname: string;
  #settings: Settings;
  #stopped = false;
  /** Scopes (the document, open shadow roots) the scanner reported, styled once there is a mention. */
  #scopes: WeakRef<Document | ShadowRoot>[] = [];
  readonly #knownScopes = new WeakSet<Document | ShadowRoot>();
  #styled = false;
  readonly #firstSliceNow: boolean;
  #inFirstSlice = false;

  constructor(options: ContentAppOptions) {
    const isShown = options.isShown ?? isShownLikeFindInPage;
    this.#firstSliceNow = options.firstSliceNow ?? false;
    this.#settings = options.settings;
    this.#hostname = options.hostname;
    this.#stylesheet = options.stylesheet;
    this.highlights = new SwitchableHighlightSink(
      options.highlightTarget,
      !options.settingsPending && highlightOnFor(options.settings, options.hostname),
    );
    this.store = new PageMentions(this.highlights);
    this.visibleOnly = new VisibleOnlyRecorder({
      store: this.store,
      isShown: (node) => {
        // In the slice run at DOMContentLoaded the page's styles are not computed yet: our
        // ::highlight rules go in before the visibility check computes them, or the first frame
        // would compute them all again. (On a page already rendered, adopting them first would
        // only move that restyle into our task.)
        if (this.#inFirstSlice) this.#styleWhenNeeded(true);
        return isShown(node);
      },
      document: options.document,
      setInterval: options.setInterval,
      clearInterval: options.clearInterval,
    });
    this.scanner = new PageScanner({
      document: options.document,
      matcher: options.matcher,
      store: this.visibleOnly,
      onScope: (scope) => this.#onScope(scope),
      nextTask: options.nextTask,
      scheduleBatch: options.scheduleBatch,
      findStart: options.findStart,
      now: options.now,
      sliceBudgetMs: options.sliceBudgetMs,
      maxSliceBudgetMs: options.maxSliceBudgetMs,
      firstSliceNow: options.firstSliceNow,
    });
    this.store.onChange(() => this.#styleWhenNeeded());
  }

  get settings(): Settings {
    return this.#settings;
  }

  get highlighting(): boolean {
    return this.highlights.enabled;
  }

  start(): void {
    if (this.#stopped) return;
    this.#inFirstSlice = this.#firstSliceNow;
    try {
      this.scanner.start();
    } finally {
      this.#inFirstSlice = false;
    }
  }

  /** New settings apply at once: highlighting on/off for this site, and the highlight style. */
  applySettings(settings: Settings): void {
    if (this.#stopped) return;
    const previousStyle = this.#settings.highlightStyle;
    this.#settings = settings;
    if (settings.highlightStyle !== previousStyle) this.#stylesheet?.setStyle(settings.highlightStyle);
    this.highlights.setEnabled(highlightOnFor(settings, this.#hostname));
    this.#styleWhenNeeded();
  }

  /** Stops everything and takes our highlights and styles out of the page. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.scanner.stop();
    this.visibleOnly.stop();
    this.highlights.dispose();
    this.store.clear();
    this.store.commit();
    this.#stylesheet?.releaseAll();
    this.#scopes = [];
  }

  #onScope(scope: Document | ShadowRoot): void {
    if (!this.#knownScopes.has(scope)) {
      this.#knownScopes.add(scope);
      this.#scopes.push(new WeakRef(scope));
      // Shadow roots come and go on busy pages: drop the references to collected ones now and then.
      if (this.#scopes.length % 256 === 0) this.#scopes = this.#scopes.filter((ref) => ref.deref() !== undefined);
    }
    // Called again at every mutation batch: puts the rules back if the page reassigned its sheets.
    if (this.#styled) this.#stylesheet?.adoptInto(scope);
  }

  /**
   * Adopts the rules into every known scope once a mention is to be painted (or, `matched`, as
   * soon as text matched: it is about to be checked for visibility, and is most likely shown).
   */
  #styleWhenNeeded(matched = false): void {
    if (this.#styled || this.#stopped || !this.highlights.enabled) return;
    if (this.store.count === 0 && !matched) return;
    this.#styled = true;
    for (const ref of this.#scopes) {
      const scope = ref.deref();
      if (scope) this.#stylesheet?.adoptInto(scope);
    }
  }
}
