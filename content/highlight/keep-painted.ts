/**
 * Pages can undo what makes the highlights visible without touching their text: replace
 * `document.adoptedStyleSheets` wholesale (some frameworks do), which drops our
 * ::highlight(medglance) rules, or clear `CSS.highlights` (a page's own search highlighter may),
 * which drops our ranges from the registry. Both are put back within a second while the page is
 * visible (the content script runs this check with ../runtime/while-visible.ts): an `includes` on a
 * short array and a map lookup per check.
 */
import type { HighlightStylesheet } from './stylesheet';
import type { SwitchableHighlightSink } from './switchable-sink';

export interface KeepPaintedOptions {
  document: Document;
  stylesheet?: Pick<HighlightStylesheet, 'restore'>;
  highlights: Pick<SwitchableHighlightSink, 'ensureRegistered'>;
}

export function paintedCheck(options: KeepPaintedOptions): () => void {
  const { document: doc, stylesheet, highlights } = options;
  return () => {
    // Only where it was before: a page without mentions never gets the sheet (and its restyle).
    stylesheet?.restore(doc);
    highlights.ensureRegistered();
  };
}
