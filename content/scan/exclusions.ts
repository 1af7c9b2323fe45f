/**
 * Which text the scanner leaves alone. Checked only for text nodes the prefilter let through
 * (before the full search, which would otherwise read a page's inline scripts and data): testing
 * every node's ancestors (or a NodeFilter) costs far more than the prefilter itself.
 */

/** Elements whose text is never a mention: form fields, code-like text, non-rendered content. */
const EXCLUDED_ELEMENTS = new Set([
  'input',
  'textarea',
  'select',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'kbd',
  'samp',
  // Document metadata (<title> and the like) is not text on the page.
  'head',
]);

/** The extension's own UI lives in `medglance-*` elements (the tooltip's host, for one). */
export const OWN_UI_PREFIX = 'medglance-';

export function isOwnUi(element: Element): boolean {
  return element.localName.startsWith(OWN_UI_PREFIX);
}

/**
 * contenteditable: "", "true" and "plaintext-only" make an element editable, "false" makes it
 * not editable, anything else inherits. Returns undefined when the attribute decides nothing.
 */
function editabilityOf(element: Element): boolean | undefined {
  const value = element.getAttribute('contenteditable');
  if (value === null) return undefined;
  switch (value.toLowerCase()) {
    case '':
    case 'true':
    case 'plaintext-only':
      return true;
    case 'false':
      return false;
    default:
      return undefined;
  }
}

/**
 * Whether a text node is in a place the scanner must skip. Walks the composed ancestors (from a
 * shadow root on to its host), so text inside a shadow root inside <code> is skipped too.
 */
export function isExcludedText(text: Text): boolean {
  let editabilityDecided = false;
  let node: Node | null = text.parentNode;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      if (EXCLUDED_ELEMENTS.has(name) || name.startsWith(OWN_UI_PREFIX)) return true;
      if (!editabilityDecided) {
        const editable = editabilityOf(element);
        if (editable === true) return true;
        if (editable === false) editabilityDecided = true;
      }
      node = element.parentNode;
    } else if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host) {
      node = (node as ShadowRoot).host;
    } else if (node.nodeType === Node.DOCUMENT_NODE) {
      return !editabilityDecided && (node as Document).designMode === 'on';
    } else {
      return false;
    }
  }
  return false;
}
