/**
 * What the scanner offers the rest of the content script (tooltip, keyboard stepping, badge).
 * The scanner owns the DOM walk; everyone else reads mentions through this interface and
 * never touches the page's DOM.
 */
import type { DrugMatch } from '../src/matcher/types';
import type { InteractantOnPage } from '../src/messages';

export interface Mention {
  /** The text node the mention starts in. */
  readonly node: Text;
  readonly start: number;
  /** Where it ends: in `node`, or in `endNode` for a name the page split across text nodes. */
  readonly end: number;
  /** Set for a name across text nodes (`Klono<b>pin</b>`): the node it ends in. */
  readonly endNode?: Text;
  /** Set for a name across text nodes: every text node it covers, first to last. */
  readonly nodes?: readonly Text[];
  /** The range registered in the `medglance` highlight (while highlighting is on). */
  readonly range: Range;
  readonly match: DrugMatch;
}

export interface MentionStore {
  /** Number of drug mentions in this frame's document (including its open shadow roots). */
  readonly count: number;
  /** The mention covering this text position, if any. */
  mentionAt(node: Node, offset: number): Mention | undefined;
  /** Every mention, in document order (shadow content placed at its host). */
  inDocumentOrder(): Mention[];
  /** Distinct interaction-table drugs named on the page (this frame). */
  interactants(): InteractantOnPage[];
  /** Called after each batch of changes. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}

/** Where highlight ranges go: the CSS Custom Highlight API in browsers, a recorder in unit tests. */
export interface HighlightSink {
  /** Ranges added may wait for flush() to be painted. */
  add(range: Range): void;
  /** Paints the ranges added since the last flush (the store calls it at each commit). */
  flush?(): void;
  delete(range: Range): void;
  clear(): void;
  readonly size: number;
}
