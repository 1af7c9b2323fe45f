/**
 * The tooltip's home in the page: a `<medglance-tooltip>` element whose open shadow root holds
 * the panel. It is in the document only while shown, in the top layer (popover="manual") where
 * the browser supports it, so no page z-index covers it and nothing of it remains when closed.
 * Re-attaching moves it to the top of the top layer (e.g. after fullscreen starts).
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

function canHoldUi(element: Element | null | undefined): element is Element {
  return (
    Boolean(element) &&
    !(element instanceof HTMLMediaElement) &&
    !(element instanceof HTMLIFrameElement) &&
    !(element instanceof HTMLImageElement)
  );
}

/**
 * Where the host goes: <html>, unless a fullscreen element or a modal dialog makes the rest of
 * the page inert (the tooltip would be painted but could not be hovered or clicked): then inside it.
 */
function hostParent(doc: Document): Element {
  const fullscreen = doc.fullscreenElement;
  if (canHoldUi(fullscreen)) return fullscreen;
  try {
    const modals = doc.querySelectorAll('dialog:modal');
    const topmost = modals[modals.length - 1];
    if (canHoldUi(topmost)) return topmost;
  } catch {
    // No :modal support: no modal dialogs to worry about either.
  }
  return doc.documentElement;
}

/**
 * A `<medglance-tooltip>` with our shadow root attached. Created in an inert document and
 * adopted, so that a page that defined `medglance-tooltip` as its own custom element cannot run
 * its constructor first and take the shadow root: when our element is inserted, the page's
 * upgrade fails on the shadow root we already attached, and the element stays ours.
 */
function createHostElement(doc: Document): { element: HTMLElement; root: ShadowRoot } {
  let element: HTMLElement;
  try {
    element = doc.adoptNode(doc.implementation.createHTMLDocument('').createElement(HOST_TAG));
  } catch {
    element = doc.createElement(HOST_TAG);
  }
  return { element, root: element.attachShadow({ mode: 'open' }) };
}

export function createTooltipHost(doc: Document): TooltipHost {
  const { element, root } = createHostElement(doc);
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
      const parent = hostParent(doc);
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
