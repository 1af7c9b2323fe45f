/**
 * Which mention is under a point, found without touching the page: ask the engine for the text
 * position at the point, look it up in the scanner's index, and keep it only if one of the
 * mention's boxes really contains the point (line ends and covering elements give far hits).
 */
import type { Mention, MentionStore } from '../types';

export interface CaretHit {
  node: Node;
  offset: number;
}

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

/** The text position at a viewport point, searching the given open shadow roots too. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretHit | undefined {
  const fromPoint = (doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint }).caretPositionFromPoint;
  if (typeof fromPoint === 'function') {
    const position = shadowRoots.length > 0 ? fromPoint.call(doc, x, y, { shadowRoots }) : fromPoint.call(doc, x, y);
    return position?.offsetNode ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

export function rectsContain(rects: Iterable<DOMRectReadOnly>, x: number, y: number, tolerance: number): boolean {
  for (const rect of rects) {
    if (rect.width === 0 && rect.height === 0) continue;
    if (
      x >= rect.left - tolerance &&
      x <= rect.right + tolerance &&
      y >= rect.top - tolerance &&
      y <= rect.bottom + tolerance
    ) {
      return true;
    }
  }
  return false;
}

/** The mention for a caret hit: the caret lands after the last character on its right half. */
export function mentionForCaret(store: MentionStore, hit: CaretHit): Mention | undefined {
  if (hit.node.nodeType !== Node.TEXT_NODE) return undefined;
  return (
    store.mentionAt(hit.node, hit.offset) ?? (hit.offset > 0 ? store.mentionAt(hit.node, hit.offset - 1) : undefined)
  );
}

export const HIT_TOLERANCE_PX = 2;

export function mentionAtPoint(
  store: MentionStore,
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): Mention | undefined {
  if (store.count === 0) return undefined;
  const hit = caretAt(doc, x, y, shadowRoots);
  if (!hit) return undefined;
  const mention = mentionForCaret(store, hit);
  if (!mention) return undefined;
  return rectsContain(Array.from(mention.range.getClientRects()), x, y, HIT_TOLERANCE_PX) ? mention : undefined;
}

/**
 * Open shadow roots on an event's path: what caretPositionFromPoint may enter. Includes the
 * roots of hosts on the path, because text placed directly in a shadow root targets its host.
 * Only valid while the event is being dispatched (composedPath() is empty afterwards).
 */
export function shadowRootsOnPath(path: readonly EventTarget[]): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const target of path) {
    if (target instanceof ShadowRoot) roots.add(target);
    else if (target instanceof Element && target.shadowRoot) roots.add(target.shadowRoot);
  }
  return [...roots];
}

/**
 * Whether a point is in the gap between the mention and the panel (the strip the pointer
 * crosses on its way into the tooltip), spanning both boxes horizontally.
 */
export function inGapBetween(anchor: DOMRectReadOnly, panel: DOMRectReadOnly, x: number, y: number): boolean {
  const left = Math.min(anchor.left, panel.left);
  const right = Math.max(anchor.right, panel.right);
  if (x < left || x > right) return false;
  if (panel.top >= anchor.top) return y >= anchor.top && y <= panel.top + 1;
  return y <= anchor.bottom && y >= panel.bottom - 1;
}
