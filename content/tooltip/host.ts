/**
 * The tooltip's home in the page: a `<medglance-tooltip>` element whose open shadow root holds
 * the panel. It is in the document only while shown, in the top layer (popover="manual") where
 * the browser supports it, so no page z-index covers it and nothing of it remains when closed.
 */
import { applyTooltipStyles } from './styles';
import { TITLE_ID } from './render';

export const HOST_TAG = 'medglance-tooltip';

export interface TooltipHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** The role="dialog" element that content is rendered into and that floating-ui positions. */
  readonly panel: HTMLElement;
  readonly attached: boolean;
  attach(): void;
  detach(): void;
}

function supportsPopover(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function' && typeof element.hidePopover === 'function';
}

/** Where the host goes when there is no top layer: the fullscreen element if it can hold children. */
function fallbackParent(doc: Document): Element {
  const fullscreen = doc.fullscreenElement;
  if (fullscreen && !(fullscreen instanceof HTMLMediaElement) && !(fullscreen instanceof HTMLIFrameElement)) return fullscreen;
  return doc.documentElement;
}

export function createTooltipHost(doc: Document): TooltipHost {
  const element = doc.createElement(HOST_TAG);
  const root = element.attachShadow({ mode: 'open' });
  applyTooltipStyles(root);

  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', TITLE_ID);
  panel.setAttribute('tabindex', '-1');
  panel.setAttribute('dir', 'ltr');
  panel.setAttribute('lang', 'en');
  root.append(panel);

  const usePopover = supportsPopover(element);
  if (usePopover) element.setAttribute('popover', 'manual');

  let attached = false;

  return {
    element,
    root,
    panel,
    get attached() {
      return attached && element.isConnected;
    },
    attach() {
      const parent = usePopover ? doc.documentElement : fallbackParent(doc);
      if (element.parentNode !== parent) parent.append(element);
      attached = true;
      if (usePopover) {
        try {
          // Re-showing moves it to the top of the top layer (e.g. above a fullscreen element).
          if (element.matches(':popover-open')) element.hidePopover();
          element.showPopover();
        } catch {
          // A page may have removed it between append and show; the z-index fallback still applies.
        }
      }
    },
    detach() {
      attached = false;
      if (usePopover && element.isConnected) {
        try {
          if (element.matches(':popover-open')) element.hidePopover();
        } catch {
          // Nothing to undo.
        }
      }
      element.remove();
    },
  };
}
