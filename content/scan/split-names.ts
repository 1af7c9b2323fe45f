/**
 * Names the page splits across text nodes: `Klono<b>pin</b>`, `<span>clona</span>zepam`,
 * `Klono<wbr>pin`, a soft hyphen or zero-width character at the edge of a node. Such a name is
 * one mention, with one Range from its first node to its last.
 *
 * Designed around the rare case, so that pages without one pay (almost) nothing:
 * - the scanner hands over text nodes in walk order; a pair of neighbours is a candidate only
 *   when the first ends and the second starts inside a word (`WordSplitWatch`, two character
 *   tests per node);
 * - only then is the DOM between them read: the two must be in one run of inline text (no block,
 *   `<br>`, table cell, shadow root or form field between them), and the word across the edge,
 *   at most WORD_REACH characters each side, goes through the matcher's prefilter;
 * - only a word that holds a name is checked further: the elements crossed must really be laid
 *   out inline, the text must not be in an excluded place, and the name must not be found in
 *   one node alone (then that node's own mention stands, and nothing is counted twice).
 */
import type { DrugMatch, Matcher } from '../../src/matcher/types';
import { isExcludedText } from './exclusions';

/** A name found across text nodes: from `start` in its first node to `end` in `endNode`. */
export interface SplitMatch {
  readonly match: DrugMatch;
  readonly start: number;
  readonly endNode: Text;
  readonly end: number;
  /** Every text node the name covers, first to last (at least two). */
  readonly nodes: readonly Text[];
}

/** Characters read on either side of an edge: more than the longest single-word name with typos. */
export const WORD_REACH = 40;
/** Elements (and empty text nodes) stepped over between two neighbours before giving up. */
const MAX_STEPS = 16;

/**
 * Elements that are inline by default and whose text is read: a name may continue across them.
 * Custom elements (a `-` in the name) are inline by default too. What the page's CSS made of
 * them is checked only once a name was found across them.
 */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

export function isInlineElement(element: Element): boolean {
  const name = element.localName;
  return INLINE_ELEMENTS.has(name) || (name.includes('-') && !name.startsWith('medglance-'));
}

/** Letters, marks, digits, soft hyphen, zero-width characters and hyphens: what a word goes on with. */
const IN_WORD = /[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF\u2010\u2011-]/uy;

/** Whether the character at `index` continues a word (false past either end). */
export function inWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    // NaN (past the end) fails every comparison.
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
  }
  IN_WORD.lastIndex = index;
  return IN_WORD.test(text);
}

interface Neighbour {
  text: Text;
  /** The elements whose start or end tag lies between the two text nodes. */
  crossed: Element[];
}

/**
 * The next (direction 1) or previous (-1) non-empty text node in the same run of inline text,
 * or undefined when a block, `<br>`, a form field, a shadow root's edge or anything but an
 * inline element comes first. Comments are stepped over.
 */
export function inlineNeighbour(node: Text, direction: 1 | -1): Neighbour | undefined {
  const crossed: Element[] = [];
  const sibling = (at: Node) => (direction === 1 ? at.nextSibling : at.previousSibling);
  const child = (at: Node) => (direction === 1 ? at.firstChild : at.lastChild);
  let at: Node = node;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    // Climb out of inline elements that end here.
    let next = sibling(at);
    while (!next) {
      const parent: Node | null = at.parentNode;
      if (!parent || parent.nodeType !== Node.ELEMENT_NODE || !isInlineElement(parent as Element)) return undefined;
      crossed.push(parent as Element);
      at = parent;
      next = sibling(at);
    }
    at = next;
    // Descend into inline elements that start here.
    for (;;) {
      if (at.nodeType === Node.TEXT_NODE) {
        if ((at as Text).length > 0) return { text: at as Text, crossed };
        break;
      }
      if (at.nodeType !== Node.ELEMENT_NODE) break; // a comment or processing instruction: not rendered
      const element = at as Element;
      if (!isInlineElement(element) || element.shadowRoot) return undefined;
      crossed.push(element);
      const inner = child(element);
      if (!inner) break; // an empty inline element (<wbr>, <span></span>)
      at = inner;
    }
  }
  return undefined;
}

/** Whether the page's styles leave every crossed element inline (display: inline or contents). */
function laidOutInline(elements: readonly Element[]): boolean {
  for (const element of elements) {
    const view = element.ownerDocument.defaultView;
    if (!view) return false;
    const display = view.getComputedStyle(element).display;
    if (display !== 'inline' && display !== 'contents' && display !== '') return false;
  }
  return true;
}

interface Segment {
  node: Text;
  /** Offsets in the node's text, and where the segment starts in the joined word. */
  from: number;
  to: number;
  at: number;
}

/**
 * The word across the edge after `node`, up to WORD_REACH characters each side, plus one
 * character of context on each side where the word goes on (so the matcher's word boundaries
 * see it). Undefined when the edge does not continue a word.
 */
function wordAcross(node: Text): { text: string; segments: Segment[]; crossed: Element[]; first: number } | undefined {
  const data = node.data;
  if (!inWordAt(data, data.length - 1)) return undefined;
  const right = inlineNeighbour(node, 1);
  if (!right || !inWordAt(right.text.data, 0)) return undefined;

  const crossed = [...right.crossed];
  // Left: the word's part in `node`, and one character before it if the word goes on.
  let from = data.length;
  while (from > 0 && data.length - from < WORD_REACH && inWordAt(data, from - 1)) from--;
  const before: Segment[] = [];
  if (from > 0) before.push({ node, from: from - 1, to: from, at: 0 });
  else {
    const left = inlineNeighbour(node, -1);
    const leftData = left?.text.data;
    if (left && leftData !== undefined && inWordAt(leftData, leftData.length - 1)) {
      before.push({ node: left.text, from: leftData.length - 1, to: leftData.length, at: 0 });
    }
  }
  const segments: Segment[] = [...before, { node, from, to: data.length, at: before.length }];
  const first = before.length;
  let text = before.map((segment) => segment.node.data.slice(segment.from, segment.to)).join('') + data.slice(from);

  // Right: across as many nodes as the word goes on, then one character of context.
  let next: Neighbour | undefined = right;
  let reach = 0;
  while (next) {
    const nextData = next.text.data;
    let to = 0;
    while (to < nextData.length && reach < WORD_REACH && inWordAt(nextData, to)) {
      to++;
      reach++;
    }
    const wordEnds = to < nextData.length || reach >= WORD_REACH;
    // The context character: the first one the word does not take, when it goes on.
    const take = wordEnds && to < nextData.length && inWordAt(nextData, to) ? to + 1 : to;
    if (take > 0) {
      segments.push({ node: next.text, from: 0, to: take, at: text.length });
      text += nextData.slice(0, take);
    }
    if (wordEnds) break;
    next = inlineNeighbour(next.text, 1);
    if (next) {
      if (!inWordAt(next.text.data, 0)) break;
      crossed.push(...next.crossed);
    }
  }
  return { text, segments, crossed, first };
}

/** The segment holding the joined word's offset `index` (the last one for its end). */
function segmentAt(segments: readonly Segment[], index: number, isEnd: boolean): number {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    const length = segment.to - segment.from;
    if (isEnd ? index <= segment.at + length : index < segment.at + length) return i;
  }
  return segments.length - 1;
}

/** Whether the word at the start (-1) or end (1) of `node`'s text runs on into inline text beside it. */
function wordRunsOn(node: Text, data: string, side: 1 | -1): boolean {
  if (!inWordAt(data, side === 1 ? data.length - 1 : 0)) return false;
  const beside = inlineNeighbour(node, side);
  if (!beside) return false;
  const besideData = beside.text.data;
  return inWordAt(besideData, side === 1 ? 0 : besideData.length - 1);
}

/**
 * A node's own matches without the typos cut off by the node's edge: "Navotra" in
 * `Navotra<b>x</b>` is one edit from Navotrax, but the word goes on; what it is, the word
 * across the nodes decides (splitNamesFrom). Reads the DOM only for a typo at an edge.
 */
export function withoutCutTypos(node: Text, data: string, matches: DrugMatch[]): DrugMatch[] {
  // Up to the edge but for characters that render as nothing (a soft hyphen, zero-width ones).
  const atEnd = (match: DrugMatch) => ONLY_INVISIBLE.test(data.slice(match.end));
  const atStart = (match: DrugMatch) => ONLY_INVISIBLE.test(data.slice(0, match.start));
  if (!matches.some((match) => match.typo && (atStart(match) || atEnd(match)))) return matches;
  return matches.filter(
    (match) =>
      !match.typo || !((atEnd(match) && wordRunsOn(node, data, 1)) || (atStart(match) && wordRunsOn(node, data, -1))),
  );
}

const ONLY_INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]*$/;

function overlapsOwnMention(matcher: Matcher, node: Text, from: number, to: number): boolean {
  const data = node.data;
  if (!matcher.mayMention(data)) return false;
  return withoutCutTypos(node, data, matcher.findMentions(data)).some(
    (mention) => mention.start < to && from < mention.end,
  );
}

/**
 * The names that start in `node` and go on into the next text node(s). Reads the DOM only when
 * `node` ends inside a word that the next inline text goes on with.
 */
export function splitNamesFrom(matcher: Matcher, node: Text): SplitMatch[] {
  if (node.length === 0 || !node.isConnected) return [];
  const word = wordAcross(node);
  if (!word || !matcher.mayMention(word.text)) return [];
  const { segments, first } = word;
  const own = segments[first] as Segment;
  const found: SplitMatch[] = [];
  for (const match of matcher.findMentions(word.text)) {
    // Only names that start in this node and cross its end: the others belong to another node, or to none.
    if (match.start < own.at || match.start >= own.at + (own.to - own.from) || match.end <= own.at + own.to - own.from)
      continue;
    const last = segmentAt(segments, match.end, true);
    const endSegment = segments[last] as Segment;
    const start = own.from + (match.start - own.at);
    const end = endSegment.from + (match.end - endSegment.at);
    const nodes = segments.slice(first, last + 1).map((segment) => segment.node);
    found.push({ match: { ...match, start, end }, start, endNode: endSegment.node, end, nodes });
  }
  if (found.length === 0) return found;
  // The rare case: a name was found across nodes. Now check what is worth reading only for it.
  if (!laidOutInline(word.crossed) || nodes(found).some(isExcludedText)) return [];
  return found.filter(
    (split) =>
      !overlapsOwnMention(matcher, node, split.start, node.length) &&
      !overlapsOwnMention(matcher, split.endNode, 0, split.end) &&
      split.nodes.slice(1, -1).every((middle) => !matcher.mayMention(middle.data)),
  );
}

function nodes(found: readonly SplitMatch[]): Text[] {
  return [...new Set(found.flatMap((split) => split.nodes))];
}

/** Nodes of one word a walk remembers: more than any name is split into. */
const MAX_WORD_NODES = 16;

/**
 * Watches the text nodes of one walk, in order, for a word that runs on from one node into the
 * next and holds a name. Per node it costs two character tests; where a word does run on (rare
 * in prose, common on pages written without whitespace between tags), the word so far goes
 * through the matcher's prefilter, a few dozen characters at most. Only a word that passes it
 * costs a look at the DOM (splitNamesFrom). Short nodes the scanner does not read (shorter
 * than any name) are read only when the node before ends inside a word, or the node after
 * starts inside one.
 */
export class WordSplitWatch {
  readonly #matcher: Pick<Matcher, 'mayMention'>;
  /** The previous node, and whether it ends inside a word (undefined: the scanner did not read it). */
  #last: Text | undefined;
  #lastEndsInWord: boolean | undefined = false;
  /**
   * While a word runs on across nodes: its text so far and the nodes it runs through, the last
   * of them wholly inside it (empty otherwise). Built only once a word does run on.
   */
  #word = '';
  #nodes: Text[] = [];
  /** How many of #nodes were already handed out to be checked. */
  #handedOut = 0;

  constructor(matcher: Pick<Matcher, 'mayMention'>) {
    this.#matcher = matcher;
  }

  /**
   * The next node of the walk, with its text if the scanner read it. Returns the nodes to ask
   * splitNamesFrom about: those a word that may hold a name runs on from into this node.
   */
  next(node: Text, data: string | undefined): Text[] | undefined {
    const length = node.length;
    if (length === 0) return undefined;
    const last = this.#last;
    let lastEnds = this.#lastEndsInWord;
    this.#last = node;
    if (data === undefined) {
      if (lastEnds !== true) {
        this.#lastEndsInWord = undefined;
        if (this.#nodes.length > 0) this.#nodes = [];
        return undefined;
      }
      data = node.data;
    }
    if (!inWordAt(data, 0) || !last) return this.#endsWith(data, length);
    if (lastEnds === undefined) {
      const lastData = last.data;
      lastEnds = inWordAt(lastData, lastData.length - 1);
    }
    if (!lastEnds) return this.#endsWith(data, length);
    // Text that goes from a small letter straight into a capital reads as two words: how menus
    // and cards written without whitespace between tags run together ("HomeNews", "headlineSummary").
    const first = data.charCodeAt(0);
    if (first >= 0x41 && first <= 0x5a) {
      const lastData = last.data;
      const end = lastData.charCodeAt(lastData.length - 1);
      if (end >= 0x61 && end <= 0x7a) return this.#endsWith(data, length);
    }

    // A word runs on from `last` into `node`: the rare case.
    if (this.#nodes.length === 0) {
      const lastData = last.data;
      let from = lastData.length - 1;
      while (from > 0 && lastData.length - from < WORD_REACH && inWordAt(lastData, from - 1)) from--;
      this.#word = lastData.slice(from);
      this.#nodes.push(last);
      this.#handedOut = 0;
    }
    let head = 1;
    while (head < length && head < WORD_REACH && inWordAt(data, head)) head++;
    let found: Text[] | undefined;
    if (this.#handedOut < this.#nodes.length && this.#matcher.mayMention(this.#word + data.slice(0, head))) {
      found = this.#nodes.slice(this.#handedOut);
      this.#handedOut = this.#nodes.length;
    }
    if (head < length) {
      this.#endsWith(data, length);
      return found;
    }
    // The whole node is inside the word, which may run on into the next one.
    this.#lastEndsInWord = true;
    this.#word = (this.#word + data).slice(-2 * WORD_REACH);
    this.#nodes.push(node);
    if (this.#nodes.length > MAX_WORD_NODES) {
      this.#nodes.shift();
      this.#handedOut = Math.max(0, this.#handedOut - 1);
    }
    return found;
  }

  #endsWith(data: string, length: number): undefined {
    this.#lastEndsInWord = inWordAt(data, length - 1);
    if (this.#nodes.length > 0) this.#nodes = [];
    return undefined;
  }
}

/** The last (or first) text node inside a node, or the node itself if it is text. */
function edgeTextOf(node: Node | null, direction: 1 | -1): Text | undefined {
  let at = node;
  for (let depth = 0; at && depth < MAX_STEPS; depth++) {
    if (at.nodeType === Node.TEXT_NODE) return at as Text;
    at = direction === 1 ? at.firstChild : at.lastChild;
  }
  return undefined;
}

/**
 * The nodes whose names across nodes a change at `node` may have changed: `node` itself and the
 * nodes before it that the same word runs through (within WORD_REACH characters).
 */
function startsReaching(node: Text, into: Set<Text>): void {
  into.add(node);
  let at = node;
  let reach = 0;
  while (reach < WORD_REACH && inWordAt(at.data, 0)) {
    const previous = inlineNeighbour(at, -1);
    if (!previous) return;
    const data = previous.text.data;
    if (!inWordAt(data, data.length - 1)) return;
    into.add(previous.text);
    reach += data.length;
    at = previous.text;
  }
}

/**
 * Where a batch of page changes may have made or broken names across nodes: the nodes to ask
 * splitNamesFrom about again. Text inside added subtrees is paired by the walk that scans it;
 * here only their edges, changed text, and the places text was removed from.
 */
export class SplitChangeSet {
  readonly #texts = new Set<Text>();
  readonly #subtrees = new Set<Node>();
  /** Nodes just before a removal, or just after one that had nothing before it. */
  readonly #removedAfter = new Set<Node>();
  readonly #removedBefore = new Set<Node>();

  textChanged(node: Text): void {
    this.#texts.add(node);
  }

  subtreeAdded(node: Node): void {
    this.#subtrees.add(node);
  }

  /** A node was removed between `previous` and `next` (a MutationRecord's siblings). */
  removed(previous: Node | null, next: Node | null): void {
    if (previous) this.#removedAfter.add(previous);
    else if (next) this.#removedBefore.add(next);
  }

  get size(): number {
    return this.#texts.size + this.#subtrees.size + this.#removedAfter.size + this.#removedBefore.size;
  }

  /** The nodes to check again, alone and across their edges (connected ones only); empties the set. */
  take(): Text[] {
    const starts = new Set<Text>();
    for (const text of this.#texts) if (text.isConnected && text.length > 0) startsReaching(text, starts);
    for (const subtree of this.#subtrees) {
      if (!subtree.isConnected) continue;
      for (const edge of [edgeTextOf(subtree, 1), edgeTextOf(subtree, -1)])
        if (edge && edge.length > 0) startsReaching(edge, starts);
    }
    // A removal joins what was before it to what is after it.
    for (const [places, direction] of [
      [this.#removedAfter, -1],
      [this.#removedBefore, 1],
    ] as const) {
      for (const place of places) {
        const edge = place.isConnected ? edgeTextOf(place, direction) : undefined;
        if (edge && edge.length > 0) startsReaching(edge, starts);
      }
      places.clear();
    }
    this.#texts.clear();
    this.#subtrees.clear();
    // And the text right after each: a typo cut off at its start may have become part of a word.
    for (const start of [...starts]) {
      const after = inlineNeighbour(start, 1);
      if (after) starts.add(after.text);
    }
    return [...starts];
  }
}
