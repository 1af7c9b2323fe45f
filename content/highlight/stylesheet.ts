/**
 * One constructable stylesheet with the highlight rules. Adopted sheets are not in the DOM, and a
 * page's CSP cannot block them. Where highlight styles inherit (Chromium), the document's sheet
 * alone reaches all its text, shadow trees included: its rules sit on the root element, and a
 * `:root` rule matches nothing inside a shadow tree, so shadow roots are left alone. Elsewhere
 * (Firefox) ::highlight rules apply only in the tree whose styles hold them, and every open shadow
 * root that holds page text adopts the sheet too.
 */
import type { HighlightStyle } from '../../src/settings/schema';
import { HIGHLIGHT_STYLES_INHERIT, highlightCss } from '../../src/highlight/styles';

type StyleScope = Document | ShadowRoot;

function canAdopt(scope: StyleScope): boolean {
  return (scope as { adoptedStyleSheets?: unknown }).adoptedStyleSheets != null;
}

const DOCUMENT_FRAGMENT_NODE = 11;

export class HighlightStylesheet {
  #sheet: CSSStyleSheet | undefined;
  #style: HighlightStyle;
  readonly #inherits: boolean;
  #scopes: WeakRef<StyleScope>[] = [];
  #adopted = new WeakSet<StyleScope>();

  /** @param inherits whether the browser's highlight styles inherit (see src/highlight/styles.ts). */
  constructor(style: HighlightStyle, inherits = HIGHLIGHT_STYLES_INHERIT) {
    this.#style = style;
    this.#inherits = inherits;
  }

  /** Whether the scope needs the sheet for its text to be painted. */
  #needs(scope: StyleScope): boolean {
    return !(this.#inherits && scope.nodeType === DOCUMENT_FRAGMENT_NODE);
  }

  /** The sheet, made on first use: frames without mentions never parse it. */
  get sheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(highlightCss(this.#style, this.#inherits));
    }
    return this.#sheet;
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.#style) return;
    this.#style = style;
    this.#sheet?.replaceSync(highlightCss(style, this.#inherits));
  }

  /** Makes sure the scope uses the sheet (a page that reassigns adoptedStyleSheets drops it). */
  adoptInto(scope: StyleScope): void {
    if (!this.#needs(scope) || !canAdopt(scope)) return;
    let sheet: CSSStyleSheet;
    try {
      sheet = this.sheet;
    } catch {
      return; // No constructable stylesheets here.
    }
    const sheets = scope.adoptedStyleSheets;
    if (sheets.includes(sheet)) return;
    try {
      sheets.push(sheet);
    } catch {
      scope.adoptedStyleSheets = [...sheets, sheet];
    }
    if (!this.#adopted.has(scope)) {
      this.#adopted.add(scope);
      this.#scopes.push(new WeakRef(scope));
      // Shadow roots come and go on busy pages: drop the references to collected ones now and then.
      if (this.#scopes.length % 256 === 0) this.#scopes = this.#scopes.filter((ref) => ref.deref() !== undefined);
    }
  }

  /**
   * Adopts the sheet again where it was adopted before and the page took it out (a page that
   * assigns adoptedStyleSheets wholesale); never into a scope that did not have it.
   */
  restore(scope: StyleScope): void {
    if (this.#adopted.has(scope)) this.adoptInto(scope);
  }

  /** Takes the sheet out of every scope it was adopted into. */
  releaseAll(): void {
    if (!this.#sheet) return;
    for (const ref of this.#scopes) {
      const scope = ref.deref();
      if (!scope || !canAdopt(scope)) continue;
      const index = scope.adoptedStyleSheets.indexOf(this.sheet);
      if (index < 0) continue;
      try {
        scope.adoptedStyleSheets.splice(index, 1);
      } catch {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      }
    }
    this.#scopes = [];
    this.#adopted = new WeakSet();
  }
}
