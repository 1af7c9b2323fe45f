/**
 * Keeps the panel next to a mention: floating-ui places it below (or above, when there is no
 * room), shifts it inside the viewport, limits its height, and follows scrolling and resizing.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

const VIEWPORT_PADDING = 8;

function mentionAnchor(range: Range): VirtualElement {
  const context = range.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(context ? { contextElement: context } : {}),
  };
}

export interface Following {
  /** Places the panel again now: after its content changed, before the browser paints it. */
  place(): void;
  stop(): void;
}

/**
 * Positions `panel` at `range` and keeps it there (on scrolling, resizing, and the panel's own
 * resizes) until `stop()`. `pointer` picks the line under the pointer when the mention wraps over
 * two lines.
 */
export function followMention(
  range: Range,
  panel: HTMLElement,
  pointer?: { x: number; y: number },
  afterPlace?: () => void,
  /** A height the panel never exceeds even with room to spare (the compact view's limit). */
  heightCap: () => number = () => Number.POSITIVE_INFINITY,
): Following {
  const anchor = mentionAnchor(range);
  const update = () => {
    void computePosition(anchor, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer),
        offset(6),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply({ availableHeight, elements }) {
            const room = Math.max(120, Math.floor(availableHeight));
            elements.floating.style.maxHeight = `${Math.min(room, Math.floor(heightCap()))}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      panel.style.left = `${Math.round(x)}px`;
      panel.style.top = `${Math.round(y)}px`;
      panel.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
      afterPlace?.();
    });
  };
  const stop = autoUpdate(anchor, panel, update, { animationFrame: false });
  return { place: update, stop };
}
