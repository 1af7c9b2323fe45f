/**
 * Finds every mention in a document and keeps up with its changes:
 * - a first scan in time slices (at the #anchor if the URL names one): what it finds first is
 *   painted after its first slice, all the rest in one commit when it is done, so the browser
 *   repaints twice rather than after every slice;
 * - a MutationObserver (childList, characterData, subtree, and contenteditable switches) on the
 *   document and on every open shadow root, whose records are handled once per frame, rescanning
 *   only the text that changed;
 * - removed text drops its mentions (and their ranges) at the next batch;
 * - shadow roots attached to elements already scanned are found by periodic sweeps
 *   (./shadow-sweep.ts): attachShadow() leaves no other trace.
 * The page's DOM is only read, never written.
 */
import type { Matcher } from '../../src/matcher/types';
import type { PageMentions } from '../mentions/store';
import { documentText } from './document-text';
import { isExcludedText, isOwnUi } from './exclusions';
import type { ScheduleBatch } from './batch-scheduler';
import type { NextTask } from './next-task';
import { ShadowRootSearch, ShadowSweeper } from './shadow-sweep';
import { SliceRunner, type SlicedJob } from './slice-runner';
import { SplitChangeSet, splitNamesFrom, withoutCutTypos, WordSplitWatch } from './split-names';
import { SubtreeScanJob, TEXT_BATCH, type ScanTargets } from './subtree-job';

export interface PageScannerOptions {
  document: Document;
  matcher: Matcher;
  /** Where findings go: the mention store, or a filter in front of it (../mentions/visible-only.ts). */
  store: Pick<PageMentions, 'record' | 'recordSplits' | 'forget' | 'forgetDisconnected' | 'commit'>;
  /** Called for the document and for each open shadow root found (the highlight styles go there). */
  onScope?: (scope: Document | ShadowRoot) => void;
  nextTask: NextTask;
  scheduleBatch: ScheduleBatch;
  /** Where the first scan starts (found without layout: see anchor-start.ts); null: at the beginning. */
  findStart?: (doc: Document) => Node | null;
  now?: () => number;
  sliceBudgetMs?: number;
  maxSliceBudgetMs?: number;
  /**
   * Runs the first slice inside start() rather than in a later task: started at
   * DOMContentLoaded, what it finds (the start of the page) is painted in the page's first frame.
   */
  firstSliceNow?: boolean;
}

/** The pause before the first periodic sweep of a document whose text named nothing at first. */
const QUIET_FIRST_SWEEP_MS = 1_000;

const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['contenteditable'],
};

/** Text nodes a batch must rescan, in one job. */
class TextListJob implements SlicedJob {
  #index = 0;
  readonly #batch: Text[] = [];
  constructor(
    private readonly nodes: Text[],
    private readonly scan: (nodes: readonly Text[]) => void,
  ) {}

  run(hasTime: () => boolean): boolean {
    while (this.#index < this.nodes.length) {
      const end = Math.min(this.nodes.length, this.#index + TEXT_BATCH);
      for (; this.#index < end; this.#index++) {
        const node = this.nodes[this.#index] as Text;
        if (node.isConnected) this.#batch.push(node);
      }
      this.scan(this.#batch);
      this.#batch.length = 0;
      if (!hasTime()) break;
    }
    return this.#index >= this.nodes.length;
  }
}

export class PageScanner {
  readonly #doc: Document;
  readonly #matcher: Matcher;
  readonly #store: PageScannerOptions['store'];
  readonly #onScope: (scope: Document | ShadowRoot) => void;
  readonly #scheduleBatch: ScheduleBatch;
  readonly #findStart: (doc: Document) => Node | null;
  readonly #runner: SliceRunner;
  readonly #observer: MutationObserver;
  readonly #sweeper: ShadowSweeper;
  readonly #observedRoots = new WeakSet<ShadowRoot>();
  #knownRoots: WeakRef<ShadowRoot>[] = [];
  readonly #shadowTarget: (root: ShadowRoot) => void;
  readonly #firstSliceNow: boolean;

  // The current batch of mutations, handled together at the next frame.
  #changedTexts = new Set<Text>();
  #addedSubtrees = new Set<Node>();
  #touchedScopes = new Set<Document | ShadowRoot>();
  #sawRemovals = false;
  /** Where the batch's changes may have made or broken names split across text nodes. */
  readonly #splitChanges = new SplitChangeSet();
  #batchScheduled = false;

  #started = false;
  #stopped = false;
  #firstScanDone = false;
  #firstCommitMade = false;
  #firstScanWaiters: (() => void)[] = [];

  constructor(options: PageScannerOptions) {
    this.#doc = options.document;
    this.#matcher = options.matcher;
    this.#store = options.store;
    this.#onScope = options.onScope ?? (() => {});
    this.#scheduleBatch = options.scheduleBatch;
    this.#findStart = options.findStart ?? (() => null);
    this.#firstSliceNow = options.firstSliceNow ?? false;
    this.#runner = new SliceRunner({
      nextTask: options.nextTask,
      now: options.now,
      budgetMs: options.sliceBudgetMs,
      maxBudgetMs:
        options.maxSliceBudgetMs ?? (options.sliceBudgetMs === undefined ? undefined : options.sliceBudgetMs),
      afterSlice: () => this.#afterSlice(),
    });
    const view = this.#doc.defaultView as (Window & typeof globalThis) | null;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.#observer = new Observer((records) => this.#collect(records));
    this.#shadowTarget = (root) => this.#addShadowRoot(root);
    this.#sweeper = new ShadowSweeper({
      scopes: () => this.#liveScopes(),
      isKnown: (root) => this.#observedRoots.has(root),
      found: (root) => this.#addShadowRoot(root),
      runJob: (job) => this.#runner.add(job),
      now: options.now,
    });
  }

  /** Time slices run so far (a large first scan takes several). */
  get slices(): number {
    return this.#runner.slices;
  }

  get firstScanDone(): boolean {
    return this.#firstScanDone;
  }

  /** Starts observing and scanning. Call once the DOM is ready. */
  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    this.#observer.observe(this.#doc, OBSERVE);
    this.#onScope(this.#doc);
    let startBefore: Node | null = null;
    try {
      startBefore = this.#findStart(this.#doc);
    } catch {
      startBefore = null;
    }
    const namesNothing = !this.#matcher.mayMatchAnywhere(documentText(this.#doc));
    if (namesNothing) {
      // Most documents name nothing anywhere: one native read of all their text and one prefilter
      // pass say so, and only the elements are looked over, for open shadow roots.
      this.#runner.add(new ShadowRootSearch([this.#doc], { isKnown: () => false, found: this.#shadowTarget }));
    } else {
      // Text the first scan finds without a mention can only be in the store if a mutation batch
      // recorded it meanwhile; then its change (or move) is queued for a rescan, which forgets it.
      this.#runner.add(new SubtreeScanJob(this.#doc, this.#walkTargets(false), { startBefore }));
      // A walk that starts in the middle pairs every neighbour but the two at its start.
      if (startBefore) this.#splitChanges.subtreeAdded(startBefore);
    }
    // Shadow roots found on the way are queued behind: the first scan is done when all work is.
    void this.#runner.idle().then(() => {
      if (startBefore && !this.#stopped) for (const node of this.#splitChanges.take()) this.#scanSplits(node, true);
      this.#firstScanDone = true;
      this.#store.commit();
      for (const resolve of this.#firstScanWaiters.splice(0)) resolve();
      // A document that named nothing is swept as the watcher sweeps a frame (../scan/name-watch.ts):
      // its elements were just looked over, and a change of the page brings the next sweep sooner.
      this.#sweeper.start(namesNothing ? QUIET_FIRST_SWEEP_MS : undefined);
    });
    if (this.#firstSliceNow) this.#runner.runNow();
  }

  /** Resolves when the first full scan has finished. */
  firstScan(): Promise<void> {
    if (this.#firstScanDone || this.#stopped) return Promise.resolve();
    return new Promise((resolve) => this.#firstScanWaiters.push(resolve));
  }

  /** Resolves when no work is waiting (pending mutations handled, all slices run). For tests. */
  async idle(): Promise<void> {
    this.flush();
    while (!this.#stopped && (this.#batchScheduled || this.#runner.busy)) {
      if (this.#batchScheduled) this.#handleBatch();
      await this.#runner.idle();
      this.flush();
    }
  }

  /** Looks at pending mutation records now instead of at the next frame. */
  flush(): void {
    this.#collect(this.#observer.takeRecords());
    if (this.#batchScheduled) this.#handleBatch();
  }

  /** Stops observing and scanning. The store is left as it is (its owner clears it). */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#observer.disconnect();
    this.#runner.stop();
    this.#sweeper.stop();
    this.#knownRoots = [];
    this.#changedTexts.clear();
    this.#addedSubtrees.clear();
    for (const resolve of this.#firstScanWaiters.splice(0)) resolve();
  }

  /**
   * While the first scan runs, only the first slice that found something is committed (the
   * start of the page, or the #anchor: what is in view); the rest waits for the end of the scan.
   * Each commit makes the browser repaint (and, the first time, restyle) the page.
   */
  #afterSlice(): void {
    if (this.#firstScanDone || !this.#firstCommitMade)
      this.#firstCommitMade = this.#store.commit() || this.#firstCommitMade;
  }

  /**
   * What one walk hands its text to: each walk pairs its own neighbours for names split across
   * them. @param mayBeRecorded false for the document's first scan: its text was never recorded,
   * so no-match needs no forgetting.
   */
  #walkTargets(mayBeRecorded: boolean): ScanTargets {
    const splits = new WordSplitWatch(this.#matcher);
    return {
      texts: (nodes) => this.#scanTexts(nodes, mayBeRecorded, splits),
      shadowRoot: this.#shadowTarget,
    };
  }

  /** @param splits pairs neighbours when the nodes come in walk order. */
  #scanTexts(nodes: readonly Text[], mayBeRecorded: boolean, splits?: WordSplitWatch): void {
    const matcher = this.#matcher;
    const { minLength } = matcher;
    for (const node of nodes) {
      // Reading a node's text costs a string; its length is free.
      let data: string | undefined;
      if (node.length >= minLength) {
        data = node.data;
        if (matcher.mayMatch(data)) this.#scanCandidate(node, data, mayBeRecorded);
        else if (mayBeRecorded) this.#store.forget(node);
      } else if (mayBeRecorded) this.#store.forget(node);
      const splitStarts = splits?.next(node, data);
      if (splitStarts) for (const start of splitStarts) this.#scanSplits(start, mayBeRecorded);
    }
  }

  /** Names that start in `node` and run on into the text after it. */
  #scanSplits(node: Text, mayBeRecorded: boolean): void {
    const found = splitNamesFrom(this.#matcher, node);
    if (found.length > 0 || mayBeRecorded) this.#store.recordSplits(node, found);
  }

  /** A text node the prefilter let through: its mentions and interactants, unless it is in an excluded place. */
  #scanCandidate(node: Text, data: string, mayBeRecorded: boolean): void {
    // The place first: a page's inline scripts and JSON data often hold its text again, hundreds
    // of kB that the full search would read for nothing.
    if (isExcludedText(node)) {
      if (mayBeRecorded) this.#store.forget(node);
      return;
    }
    const mentions = withoutCutTypos(node, data, this.#matcher.findMentions(data));
    const interactants = this.#matcher.findInteractants(data);
    if (mentions.length === 0 && interactants.length === 0) {
      if (mayBeRecorded) this.#store.forget(node);
      return;
    }
    this.#store.record(node, mentions, interactants);
  }

  #addShadowRoot(root: ShadowRoot): void {
    if (this.#stopped || this.#observedRoots.has(root) || isOwnUi(root.host)) return;
    this.#observedRoots.add(root);
    this.#knownRoots.push(new WeakRef(root));
    this.#observer.observe(root, OBSERVE);
    this.#onScope(root);
    this.#runner.add(new SubtreeScanJob(root, this.#walkTargets(true)));
  }

  /** The document and the shadow roots known so far that are still in it. */
  #liveScopes(): (Document | ShadowRoot)[] {
    this.#knownRoots = this.#knownRoots.filter((ref) => ref.deref() !== undefined);
    const roots = this.#knownRoots
      .map((ref) => ref.deref())
      .filter((root): root is ShadowRoot => root?.isConnected === true);
    return [this.#doc, ...roots];
  }

  #collect(records: MutationRecord[]): void {
    if (this.#stopped || records.length === 0) return;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        if (target.nodeType === Node.TEXT_NODE) this.#changedTexts.add(target as Text);
      } else if (record.type === 'attributes') {
        this.#addedSubtrees.add(target);
      } else {
        if (record.removedNodes.length > 0) {
          this.#sawRemovals = true;
          this.#splitChanges.removed(record.previousSibling, record.nextSibling);
        }
        record.addedNodes.forEach((node) => {
          if (node.nodeType === Node.TEXT_NODE) this.#changedTexts.add(node as Text);
          else if (node.nodeType === Node.ELEMENT_NODE && !isOwnUi(node as Element)) this.#addedSubtrees.add(node);
        });
      }
      const scope = target.getRootNode();
      if (scope !== this.#doc && this.#observedRoots.has(scope as ShadowRoot))
        this.#touchedScopes.add(scope as ShadowRoot);
    }
    if (!this.#batchScheduled && (this.#changedTexts.size || this.#addedSubtrees.size || this.#sawRemovals)) {
      this.#batchScheduled = true;
      this.#scheduleBatch(() => {
        if (this.#batchScheduled) this.#handleBatch();
      });
    }
  }

  #handleBatch(): void {
    this.#batchScheduled = false;
    if (this.#stopped) return;
    if (this.#sawRemovals) {
      this.#sawRemovals = false;
      this.#store.forgetDisconnected();
    }
    // A page that reassigns adoptedStyleSheets would drop our highlight rules: put them back.
    this.#onScope(this.#doc);
    for (const scope of this.#touchedScopes) this.#onScope(scope);
    this.#touchedScopes.clear();

    for (const text of this.#changedTexts) this.#splitChanges.textChanged(text);
    for (const subtree of this.#addedSubtrees) this.#splitChanges.subtreeAdded(subtree);
    // Text in the changed places is rescanned below; names across the edges of those places, now.
    if (this.#splitChanges.size > 0) {
      for (const node of this.#splitChanges.take()) {
        this.#scanSplits(node, true);
        this.#changedTexts.add(node);
      }
    }

    if (this.#changedTexts.size > 0) {
      this.#runner.add(new TextListJob([...this.#changedTexts], (nodes) => this.#scanTexts(nodes, true)), true);
      this.#changedTexts.clear();
    }
    for (const subtree of this.#addedSubtrees)
      this.#runner.add(new SubtreeScanJob(subtree, this.#walkTargets(true)), true);
    this.#addedSubtrees.clear();
    this.#sweeper.nudge();

    if (this.#runner.busy) this.#runner.runNow();
    else this.#store.commit();
  }
}
