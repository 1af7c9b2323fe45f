/**
 * One constructable stylesheet with the highlight rules, adopted by the document and by every
 * open shadow root that holds page text (::highlight rules only apply in the tree whose styles
 * hold them). Adopted sheets are not in the DOM, and a page's CSP cannot block them.
 */
import type { HighlightStyle } from '../../src/settings/schema';
import { highlightCss } from '../../src/highlight/styles';

type StyleScope = Document | ShadowRoot;

function canAdopt(scope: StyleScope): boolean {
  return (scope as { adoptedStyleSheets?: unknown }).adoptedStyleSheets != null;
}

export class HighlightStylesheet {
  #sheet: CSSStyleSheet | undefined;
  #style: HighlightStyle;
  #scopes: WeakRef<StyleScope>[] = [];
  #adopted = new WeakSet<StyleScope>();

  constructor(style: HighlightStyle) {
    this.#style = style;
  }

  /** The sheet, made on first use: frames without mentions never parse it. */
  get sheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(highlightCss(this.#style));
    }
    return this.#sheet;
  }

  setStyle(style: HighlightStyle): void {
    this.#style = style;
    this.#sheet?.replaceSync(highlightCss(style));
  }

  /** Makes sure the scope uses the sheet (a page that reassigns adoptedStyleSheets drops it). */
  adoptInto(scope: StyleScope): void {
    if (!canAdopt(scope)) return;
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
