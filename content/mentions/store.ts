/**
 * The page's mentions, kept per text node: what the badge counts, what the tooltip hit-tests,
 * and what keyboard stepping walks through. Every mention's Range goes to the highlight sink.
 */
import type { DrugMatch, InteractantMatch } from '../../src/matcher/types';
import type { InteractantOnPage } from '../../src/messages';
import type { SplitMatch } from '../scan/split-names';
import type { HighlightSink, Mention, MentionStore } from '../types';
import { sortInComposedOrder } from './document-order';

function sameMatch(a: DrugMatch, b: DrugMatch): boolean {
  return (
    a.start === b.start && a.end === b.end && a.drugId === b.drugId && a.variant === b.variant && a.kind === b.kind
  );
}

/** A previous mention is kept (same Range object) when the text still reads the same there. */
function stillValid(mention: Mention, match: DrugMatch): boolean {
  const { range } = mention;
  return (
    sameMatch(mention.match, match) &&
    range.startContainer === mention.node &&
    range.endContainer === mention.node &&
    range.startOffset === match.start &&
    range.endOffset === match.end
  );
}

function createMention(node: Text, match: DrugMatch): Mention {
  const range = (node.ownerDocument ?? document).createRange();
  range.setStart(node, match.start);
  range.setEnd(node, match.end);
  return { node, start: match.start, end: match.end, range, match: { ...match } };
}

function createSplitMention(node: Text, split: SplitMatch): Mention {
  const range = (node.ownerDocument ?? document).createRange();
  range.setStart(node, split.start);
  range.setEnd(split.endNode, split.end);
  return {
    node,
    start: split.start,
    end: split.end,
    endNode: split.endNode,
    nodes: [...split.nodes],
    range,
    match: { ...split.match },
  };
}

/** A name across nodes is kept (same Range object) when it still starts and ends at the same places. */
function sameSplit(mention: Mention, split: SplitMatch): boolean {
  const { range } = mention;
  return (
    mention.endNode === split.endNode &&
    mention.match.drugId === split.match.drugId &&
    mention.match.variant === split.match.variant &&
    mention.match.kind === split.match.kind &&
    range.startOffset === split.start &&
    range.endContainer === split.endNode &&
    range.endOffset === split.end &&
    mention.nodes?.length === split.nodes.length &&
    split.nodes.every((node, i) => mention.nodes?.[i] === node)
  );
}

/** Where a name across nodes lies in one of its nodes. */
function spanIn(mention: Mention, node: Text): [number, number] {
  const { range } = mention;
  const start = range.startContainer === node ? range.startOffset : 0;
  const end = range.endContainer === node ? range.endOffset : node.length;
  return [start, end];
}

function sameInteractants(a: readonly InteractantMatch[], b: readonly InteractantMatch[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i] as InteractantMatch;
      return x.start === y.start && x.end === y.end && x.interactionId === y.interactionId && x.member === y.member;
    })
  );
}

export class PageMentions implements MentionStore {
  readonly #mentions = new Map<Text, Mention[]>();
  /** Names across text nodes, by the node they start in (../scan/split-names.ts). */
  readonly #splits = new Map<Text, Mention[]>();
  /** The same, by every node they cover: for hit-testing. */
  readonly #splitsCovering = new Map<Text, Mention[]>();
  readonly #interactants = new Map<Text, InteractantMatch[]>();
  readonly #listeners = new Set<() => void>();
  readonly #highlights: HighlightSink;
  #count = 0;
  #changed = false;
  #ordered: Mention[] | undefined;
  #interactantList: InteractantOnPage[] | undefined;

  constructor(highlights: HighlightSink) {
    this.#highlights = highlights;
  }

  get count(): number {
    return this.#count;
  }

  /** Text nodes held (with mentions or interactants): bounded by what is on the page now. */
  get trackedNodes(): number {
    let nodes = this.#mentions.size + this.#splits.size;
    for (const node of this.#interactants.keys()) if (!this.#mentions.has(node)) nodes++;
    return nodes;
  }

  /** Whether anything is known about this text node. */
  tracks(node: Text): boolean {
    // Map lookups keyed by DOM nodes are not free: most pages hold nothing at all.
    if (this.#mentions.size === 0 && this.#interactants.size === 0) return false;
    return this.#mentions.has(node) || this.#interactants.has(node);
  }

  /** The text nodes held, with mentions or interactants. */
  trackedTexts(): Text[] {
    const nodes = new Set<Text>(this.#mentions.keys());
    for (const node of this.#interactants.keys()) nodes.add(node);
    return [...nodes];
  }

  /** What was recorded for a text node (as the matcher gave it). */
  recordedFor(node: Text): { mentions: DrugMatch[]; interactants: InteractantMatch[] } {
    return {
      mentions: (this.#mentions.get(node) ?? []).map((mention) => ({ ...mention.match })),
      interactants: (this.#interactants.get(node) ?? []).map((match) => ({ ...match })),
    };
  }

  /** Replaces what is known about one text node with what the matcher just found in it. */
  record(node: Text, matches: readonly DrugMatch[], interactants: readonly InteractantMatch[]): void {
    this.#recordMentions(node, matches);
    this.#recordInteractants(node, interactants);
  }

  /** Forgets a text node (it left the page, or moved into an excluded place). */
  forget(node: Text): void {
    if (this.tracks(node)) this.record(node, [], []);
  }

  /** Forgets every text node that is no longer in the document. Costs one check per tracked node. */
  forgetDisconnected(): void {
    for (const node of this.#mentions.keys()) if (!node.isConnected) this.#recordMentions(node, []);
    for (const node of this.#interactants.keys()) if (!node.isConnected) this.#recordInteractants(node, []);
    for (const [node, splits] of this.#splits) {
      if (splits.some((mention) => mention.nodes?.some((covered) => !covered.isConnected)))
        this.recordSplits(
          node,
          splits.filter((mention) => mention.nodes?.every((covered) => covered.isConnected)).map(splitOf),
        );
    }
  }

  /** Replaces the names across nodes that start in `node` with those just found. */
  recordSplits(node: Text, splits: readonly SplitMatch[]): void {
    const previous = this.#splits.get(node);
    if (!previous && splits.length === 0) return;
    const before = previous ?? [];
    const next = splits.map(
      (split) => before.find((mention) => sameSplit(mention, split)) ?? createSplitMention(node, split),
    );
    const kept = new Set(next);
    for (const mention of before) {
      if (kept.has(mention)) continue;
      this.#highlights.delete(mention.range);
      for (const covered of mention.nodes ?? []) {
        const list = (this.#splitsCovering.get(covered) ?? []).filter((other) => other !== mention);
        if (list.length === 0) this.#splitsCovering.delete(covered);
        else this.#splitsCovering.set(covered, list);
      }
    }
    const old = new Set(before);
    for (const mention of next) {
      if (old.has(mention)) continue;
      this.#highlights.add(mention.range);
      for (const covered of mention.nodes ?? [])
        this.#splitsCovering.set(covered, [...(this.#splitsCovering.get(covered) ?? []), mention]);
    }
    if (next.length === 0) this.#splits.delete(node);
    else this.#splits.set(node, next);
    this.#count += next.length - before.length;
    if (kept.size !== before.length || next.some((mention) => !old.has(mention))) this.#markChanged();
  }

  /** The nodes names across nodes start in. */
  splitStarts(): Text[] {
    return [...this.#splits.keys()];
  }

  /** The names across nodes recorded as starting in `node`. */
  splitsRecordedFor(node: Text): SplitMatch[] {
    return (this.#splits.get(node) ?? []).map(splitOf);
  }

  /** Forgets everything (the scanner stops). */
  clear(): void {
    for (const node of [...this.#mentions.keys()]) this.#recordMentions(node, []);
    for (const node of [...this.#interactants.keys()]) this.#recordInteractants(node, []);
    for (const node of [...this.#splits.keys()]) this.recordSplits(node, []);
  }

  /**
   * Paints the ranges recorded since the last commit and tells the listeners about the changes,
   * if there were any (returns whether there were).
   */
  commit(): boolean {
    this.#highlights.flush?.();
    if (!this.#changed) return false;
    this.#changed = false;
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('[MedGlance] mention listener failed', error);
      }
    }
    return true;
  }

  mentionAt(node: Node, offset: number): Mention | undefined {
    if (node.nodeType !== Node.TEXT_NODE) {
      const child = node.childNodes[offset];
      return child?.nodeType === Node.TEXT_NODE ? this.mentionAt(child, 0) : undefined;
    }
    const mentions = this.#mentions.get(node as Text);
    const splits = this.#splitsCovering.get(node as Text);
    if (!mentions && !splits) return undefined;
    const spans: [Mention, number, number][] = (mentions ?? []).map((m) => [m, m.start, m.end]);
    for (const split of splits ?? []) spans.push([split, ...spanIn(split, node as Text)]);
    // A caret after the last letter (pointer on its right half) still points at the word.
    return (
      spans.find(([, start, end]) => start <= offset && offset < end)?.[0] ??
      spans.find(([, start, end]) => start <= offset && offset <= end)?.[0]
    );
  }

  inDocumentOrder(): Mention[] {
    this.#ordered ??= sortInComposedOrder(
      [...new Set([...this.#mentions.keys(), ...this.#splits.keys()])],
      (node) => node,
    ).flatMap((node) =>
      [...(this.#mentions.get(node) ?? []), ...(this.#splits.get(node) ?? [])].sort((a, b) => a.start - b.start),
    );
    return [...this.#ordered];
  }

  interactants(): InteractantOnPage[] {
    if (!this.#interactantList) {
      const seen = new Map<string, InteractantOnPage>();
      const nodes = sortInComposedOrder([...this.#interactants.keys()], (node) => node);
      for (const node of nodes) {
        for (const match of this.#interactants.get(node) ?? []) {
          const key = `${match.drugId}\u0000${match.interactionId}\u0000${match.member}`;
          if (!seen.has(key))
            seen.set(key, { drugId: match.drugId, interactionId: match.interactionId, member: match.member });
        }
      }
      this.#interactantList = [...seen.values()];
    }
    return this.#interactantList.map((entry) => ({ ...entry }));
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #recordMentions(node: Text, matches: readonly DrugMatch[]): void {
    const previous = this.#mentions.get(node) ?? [];
    if (previous.length === 0 && matches.length === 0) return;
    const next = matches.map(
      (match) => previous.find((mention) => stillValid(mention, match)) ?? createMention(node, match),
    );
    const kept = new Set(next);
    for (const mention of previous) if (!kept.has(mention)) this.#highlights.delete(mention.range);
    const old = new Set(previous);
    for (const mention of next) if (!old.has(mention)) this.#highlights.add(mention.range);

    if (next.length === 0) this.#mentions.delete(node);
    else this.#mentions.set(node, next);
    this.#count += next.length - previous.length;
    if (kept.size !== previous.length || next.some((mention) => !old.has(mention))) this.#markChanged();
  }

  #recordInteractants(node: Text, interactants: readonly InteractantMatch[]): void {
    const previous = this.#interactants.get(node);
    if (!previous && interactants.length === 0) return;
    if (previous && sameInteractants(previous, interactants)) return;
    if (interactants.length === 0) this.#interactants.delete(node);
    else
      this.#interactants.set(
        node,
        interactants.map((match) => ({ ...match })),
      );
    this.#interactantList = undefined;
    this.#changed = true;
  }

  #markChanged(): void {
    this.#ordered = undefined;
    this.#changed = true;
  }
}

function splitOf(mention: Mention): SplitMatch {
  return {
    match: { ...mention.match },
    start: mention.range.startOffset,
    endNode: mention.endNode as Text,
    end: mention.range.endOffset,
    nodes: [...(mention.nodes ?? [])],
  };
}
