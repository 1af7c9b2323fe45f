/**
 * Whether a reader can see a text node, the way the browser's find-in-page decides it: text
 * under display: none, visibility: hidden or the hidden attribute (a closed popup, an inactive tab
 * panel) is not seen; text in a closed <details> or a hidden="until-found" element is, since
 * find-in-page opens it. Asked only for the rare text node that holds a mention.
 */

export type IsShown = (text: Text) => boolean;

const CHECK: CheckVisibilityOptions = { visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions;

/** Elements find-in-page opens to show a match: their content counts when they are shown. */
const OPENED_BY_FIND = 'details:not([open]), [hidden="until-found"]';

function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function closestComposed(element: Element, selector: string): Element | null {
  let at: Element | null = element;
  while (at) {
    const found: Element | null = at.closest(selector);
    if (found) return found;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function elementShown(element: Element): boolean {
  if (element.checkVisibility(CHECK)) return true;
  const opener = closestComposed(element, OPENED_BY_FIND);
  if (!opener) return false;
  // The opener's own box must not be hidden; then it counts when its surroundings are shown.
  if (opener.localName === 'details') {
    if (opener.checkVisibility(CHECK)) return true;
    const style = getComputedStyle(opener);
    if (opener.hasAttribute('hidden') || style.display === 'none' || style.visibility === 'hidden') return false;
  }
  const above = parentOf(opener);
  return above ? elementShown(above) : true;
}

/** The browser's answer; true where checkVisibility is missing (jsdom, older engines). */
export const isShownLikeFindInPage: IsShown = (text) => {
  const parent = text.parentElement ?? (text.parentNode instanceof ShadowRoot ? text.parentNode.host : null);
  if (!parent || typeof parent.checkVisibility !== 'function') return true;
  return elementShown(parent);
};
