/**
 * Whether a frame may name a drug at all, for the least a frame can pay: the watcher (content/watch.ts)
 * loads the scanner only once this says yes. It never says no where the scanner would find a
 * name (it asks the matcher's own cheap test), and it may say yes where the scanner finds none.
 *
 * - At DOMContentLoaded (or at once, if the document is parsed): the frame's whole text, read in
 *   one go, and the text of each open shadow root already there.
 * - Then the changes: a MutationObserver on the document and on every open shadow root, handled
 *   once per batch (an animation frame). Each changed or added node is read with the text of its
 *   place: its nearest element that is not inline (`Klono<b>pin</b>` added in two steps is seen
 *   whole). In a place with a lot of text only the node's own text and at most EDGE_CHARS of the
 *   text on either side are read, so that a page appending to a long list pays for what it adds.
 * - Shadow roots attached later leave no trace: they are found by the scanner's own sweeps.
 */
import type { ScheduleBatch } from './batch-scheduler';
import type { NextTask } from './next-task';
import { documentText } from './document-text';
import { isOwnUi } from './exclusions';
import { ShadowSweeper } from './shadow-sweep';
import { isInlineElement } from './split-names';

/** A place with more text than this is read only around what changed. */
export const LONG_TEXT = 16 * 1024;
/** Characters read on either side of a change in a long place: more than the longest name with typos. */
export const EDGE_CHARS = 64;
/** Time a sweep of shadow roots may take in one task before it goes on in the next. */
const SWEEP_SLICE_MS = 8;
/**
 * The first sweep for shadow roots comes a second after DOMContentLoaded, not 250 ms as in the
 * scanner: every frame pays for each sweep (a timer task in its world), and shadow roots that come
 * with a change of the page are found with the change (they are attached when the batch runs).
 */
const FIRST_SWEEP_MS = 1_000;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export interface NameWatchOptions {
  document: Document;
  /** The matcher's cheap test: false means no name can be in the text. */
  mayHoldName(text: string): boolean;
  /** Called once, when some text may hold a name; the watch has stopped by then. */
  found(): void;
  scheduleBatch: ScheduleBatch;
  nextTask: NextTask;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

type Place = Element | ShadowRoot;

/** The open shadow roots of the elements in a scope (not those nested deeper). */
function shadowRootsIn(scope: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  // Indexed: iterating a NodeList with for...of was measured 4x slower in Chromium.
  const elements = scope.querySelectorAll('*');
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index] as Element;
    if (element.shadowRoot && !isOwnUi(element)) found.push(element.shadowRoot);
  }
  return found;
}

/** Where a node's text is read: the node itself if it is an element that is not inline, else its nearest such ancestor. */
function placeOf(node: Node): Place | undefined {
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      if (!isInlineElement(current as Element)) return current as Element;
    } else if (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      return current as ShadowRoot;
    } else {
      return undefined;
    }
    current = current.parentNode;
  }
  return undefined;
}

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** At most `limit` characters of the text before `from` in document order (not its own), within `walker`'s root. */
function textBefore(walker: TreeWalker, from: Node, limit: number): string {
  walker.currentNode = from;
  let text = '';
  while (text.length < limit && walker.previousNode()) text = (walker.currentNode as Text).data + text;
  return text.slice(-limit);
}

/** At most `limit` characters of the text after `from` in document order (not its own), within `walker`'s root. */
function textAfter(walker: TreeWalker, from: Node, limit: number): string {
  walker.currentNode = from;
  let text = '';
  while (text.length < limit && walker.nextNode()) text += (walker.currentNode as Text).data;
  return text.slice(0, limit);
}

export class NameWatch {
  readonly #options: NameWatchOptions;
  readonly #doc: Document;
  readonly #roots = new Set<ShadowRoot>();
  /** Places known to hold more than LONG_TEXT characters. */
  readonly #long = new WeakSet<Node>();
  #observer: MutationObserver | undefined;
  #sweeper: ShadowSweeper | undefined;
  #records: MutationRecord[] = [];
  #batchScheduled = false;
  #stopped = false;
  readonly #onReady = () => this.#firstLook();

  constructor(options: NameWatchOptions) {
    this.#options = options;
    this.#doc = options.document;
  }

  start(): void {
    if (this.#stopped) return;
    if (this.#doc.readyState === 'loading') this.#doc.addEventListener('DOMContentLoaded', this.#onReady);
    else this.#firstLook();
  }

  stop(): void {
    this.#stopped = true;
    this.#doc.removeEventListener('DOMContentLoaded', this.#onReady);
    this.#observer?.disconnect();
    this.#sweeper?.stop();
    this.#records = [];
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  #firstLook(): void {
    this.#doc.removeEventListener('DOMContentLoaded', this.#onReady);
    if (this.#stopped) return;
    const text = documentText(this.#doc);
    if (this.#check(text)) return;
    if (text.length > LONG_TEXT) {
      this.#long.add(this.#doc.documentElement);
      if (this.#doc.body) this.#long.add(this.#doc.body);
    }
    this.#observer = new MutationObserver((records) => this.#queue(records));
    this.#observer.observe(this.#doc, OBSERVED);
    for (const root of shadowRootsIn(this.#doc)) if (this.#addRoot(root)) return;
    const options = this.#options;
    const now = options.now ?? (() => performance.now());
    this.#sweeper = new ShadowSweeper({
      scopes: () => [this.#doc, ...this.#roots],
      isKnown: (root) => this.#roots.has(root),
      found: (root) => void this.#addRoot(root),
      runJob: (job) => {
        const slice = () => {
          if (this.#stopped) return;
          const until = now() + SWEEP_SLICE_MS;
          if (!job.run(() => now() < until)) options.nextTask(slice);
        };
        options.nextTask(slice);
      },
      now,
      setTimer: options.setTimer,
      clearTimer: options.clearTimer,
    });
    this.#sweeper.start(FIRST_SWEEP_MS);
  }

  /** Watches a shadow root and reads its text (and its own shadow roots'); true once something may hold a name. */
  #addRoot(root: ShadowRoot): boolean {
    if (this.#stopped) return true;
    if (this.#roots.has(root)) return false;
    this.#roots.add(root);
    this.#observer?.observe(root, OBSERVED);
    if (this.#check(root.textContent ?? '')) return true;
    for (const inner of shadowRootsIn(root)) if (this.#addRoot(inner)) return true;
    return false;
  }

  /** Watches the open shadow roots of an added element and of its descendants; true once something may hold a name. */
  #addRootsIn(element: Element): boolean {
    if (element.shadowRoot && !isOwnUi(element) && this.#addRoot(element.shadowRoot)) return true;
    if (!element.firstElementChild) return false;
    for (const root of shadowRootsIn(element)) if (this.#addRoot(root)) return true;
    return false;
  }

  /** True when the watch is over: stopped, or the text may hold a name (then `found` was called). */
  #check(text: string): boolean {
    if (this.#stopped) return true;
    if (!text || !this.#options.mayHoldName(text)) return false;
    this.stop();
    this.#options.found();
    return true;
  }

  #queue(records: MutationRecord[]): void {
    if (this.#stopped) return;
    this.#records.push(...records);
    this.#sweeper?.nudge();
    if (this.#batchScheduled) return;
    this.#batchScheduled = true;
    this.#options.scheduleBatch(() => {
      this.#batchScheduled = false;
      this.#handle();
    });
  }

  #handle(): void {
    const records = this.#records.splice(0);
    if (this.#stopped) return;
    const readWhole = new Set<Place>();
    for (const record of records) {
      if (record.type === 'characterData') {
        if (this.#checkChange(record.target, readWhole)) return;
        continue;
      }
      for (const added of record.addedNodes) if (this.#checkChange(added, readWhole)) return;
      // A removal can bring two halves of a name together: `Klono<i>x</i>pin`.
      if (record.removedNodes.length > 0 && this.#checkRemoval(record, readWhole)) return;
    }
  }

  /**
   * Reads a changed place whole when it is not long (once a batch), or the whole document when
   * the change has no place; undefined for a long place, which the caller reads around the change.
   */
  #checkPlace(place: Place | undefined, readWhole: Set<Place>): boolean | undefined {
    if (!place) return this.#check(documentText(this.#doc));
    if (readWhole.has(place)) return false;
    if (this.#long.has(place)) return undefined;
    const text = place.textContent ?? '';
    if (text.length > LONG_TEXT) {
      this.#long.add(place);
      return undefined;
    }
    readWhole.add(place);
    return this.#check(text);
  }

  /** A changed text node or an added node, with the text of its place (and the shadow roots an added element brings). */
  #checkChange(node: Node, readWhole: Set<Place>): boolean {
    if (!node.isConnected) return false;
    if (node.nodeType === Node.ELEMENT_NODE && this.#addRootsIn(node as Element)) return true;
    const place = placeOf(node);
    const whole = this.#checkPlace(place, readWhole);
    if (whole !== undefined || !place) return whole ?? false;
    // Its own text, and the edges beside it, where a name cut by the node's edge goes on.
    const walker = this.#doc.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    const own = node.textContent ?? '';
    return this.#check(
      textBefore(walker, node, EDGE_CHARS) + own + textAfter(walker, lastDescendant(node), EDGE_CHARS),
    );
  }

  #checkRemoval(record: MutationRecord, readWhole: Set<Place>): boolean {
    const parent = record.target;
    if (!parent.isConnected) return false;
    const place = placeOf(parent);
    const whole = this.#checkPlace(place, readWhole);
    if (whole !== undefined || !place) return whole ?? false;
    // The text that met where the nodes were taken out.
    const walker = this.#doc.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    const next = record.nextSibling?.parentNode === parent ? record.nextSibling : null;
    if (next) {
      const head = next.nodeType === Node.TEXT_NODE ? (next as Text).data.slice(0, EDGE_CHARS) : '';
      return this.#check(textBefore(walker, next, EDGE_CHARS) + head + textAfter(walker, next, EDGE_CHARS));
    }
    const last = lastDescendant(parent);
    const tail = last.nodeType === Node.TEXT_NODE ? (last as Text).data.slice(-EDGE_CHARS) : '';
    return this.#check(textBefore(walker, last, EDGE_CHARS) + tail + textAfter(walker, last, EDGE_CHARS));
  }
}
