/**
 * Functions that run inside a test page (main world), the same in Chromium and Firefox.
 * Each is sent to the browser as source text: it must not use anything from this module's scope.
 */

/** One range of the `medglance` highlight, as seen from the page. */
export interface RangeInfo {
  text: string;
  /** id of the closest element with an id around the range's start (crossing shadow roots); '' if none. */
  where: string;
  /** Whether the range's start node is still in the document (a dropped text node leaves a stale range). */
  connected: boolean;
}

/** Reads CSS.highlights.get('medglance') from the page: the registry is shared with content scripts. */
export function readHighlightRanges(): RangeInfo[] {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const highlight = registry?.get('medglance');
  if (!highlight) return [];
  const result: RangeInfo[] = [];
  highlight.forEach((range) => {
    let node: Node | null = range.startContainer;
    let where = '';
    while (node) {
      if (node instanceof Element && node.id) {
        where = node.id;
        break;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    result.push({ text: range.toString(), where, connected: range.startContainer.isConnected });
  });
  return result;
}

/**
 * documentElement.outerHTML plus the inner HTML of every open shadow root (outerHTML leaves them
 * out, and text wrapped inside a shadow root must be caught too). The extension's own UI hosts
 * (`medglance-*` elements) are left out: the contract allows them while shown.
 */
export function serializeDocument(): string {
  const ownUi = /<medglance-[a-z0-9-]+\b[^>]*>[\s\S]*?<\/medglance-[a-z0-9-]+>/g;
  const parts: string[] = [document.documentElement.outerHTML.replace(ownUi, '')];
  const visit = (root: Document | ShadowRoot, path: string): void => {
    const elements = root.querySelectorAll('*');
    elements.forEach((element, index) => {
      if (element.localName.startsWith('medglance-')) return;
      const shadow = element.shadowRoot;
      if (!shadow) return;
      const here = `${path}/${index}:${element.localName}`;
      parts.push(`#shadow-root ${here}\n${shadow.innerHTML.replace(ownUi, '')}`);
      visit(shadow, here);
    });
  };
  visit(document, '');
  return parts.join('\n');
}

/** window.name of the frame: how tests tell frames apart ('' for the top frame). */
export function frameName(): string {
  return window.name;
}

/** Set by every fixture page (see test/fixtures/pages/README.md) once it reached its final state. */
export function pageIsDone(): boolean {
  return (window as unknown as { pageDone?: boolean }).pageDone === true;
}

/** Errors a fixture page caught itself (its framework, CSP violations); [] if it records none. */
export function pageRecordedErrors(): string[] {
  return [...((window as unknown as { pageErrors?: string[] }).pageErrors ?? [])];
}

/**
 * The computed ::highlight(medglance) style of an element (given by id, or by a path of ids
 * through open shadow roots) next to that of a highlight nobody styled: if they are equal, no
 * rule for our highlight reaches it.
 */
export function highlightStyleOf(elementId: string | readonly string[]): { ours: string; unstyled: string } {
  // A path of ids: each but the last names a shadow host, whose open shadow root holds the next.
  const path = typeof elementId === 'string' ? [elementId] : elementId;
  let scope: Document | ShadowRoot = document;
  let element: Element | null = null;
  for (const [index, id] of path.entries()) {
    element = scope.getElementById(id);
    if (!element) throw new Error(`No element #${path.slice(0, index + 1).join(' > #')}`);
    if (index < path.length - 1) {
      if (!element.shadowRoot) throw new Error(`#${id} has no open shadow root`);
      scope = element.shadowRoot;
    }
  }
  if (!element) throw new Error('No element id given');
  const properties = [
    'color',
    'background-color',
    'text-decoration-line',
    'text-decoration-style',
    'text-decoration-color',
    'text-shadow',
  ];
  const read = (pseudo: string): string =>
    properties
      .map((property) => `${property}: ${getComputedStyle(element, pseudo).getPropertyValue(property)}`)
      .join('; ');
  return { ours: read('::highlight(medglance)'), unstyled: read('::highlight(medglance-test-unstyled)') };
}
