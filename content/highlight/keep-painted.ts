/**
 * Pages can undo what makes the highlights visible without touching their text: replace
 * `document.adoptedStyleSheets` wholesale (some frameworks do), which drops our
 * ::highlight(medglance) rules, or clear `CSS.highlights` (a page's own search highlighter may),
 * which drops our ranges from the registry. Both are put back within a second while the page is
 * visible: an `includes` on a short array and a map lookup per check.
 */
import { whileVisible, type WhileVisibleOptions } from '../runtime/while-visible';
import type { HighlightStylesheet } from './stylesheet';
import type { SwitchableHighlightSink } from './switchable-sink';

export interface KeepPaintedOptions extends WhileVisibleOptions {
  document: Document;
  stylesheet?: Pick<HighlightStylesheet, 'restore'>;
  highlights: Pick<SwitchableHighlightSink, 'ensureRegistered'>;
}

export function keepPainted(options: KeepPaintedOptions): () => void {
  const { document: doc, stylesheet, highlights } = options;
  return whileVisible(
    doc,
    () => {
      // Only where it was before: a page without mentions never gets the sheet (and its restyle).
      stylesheet?.restore(doc);
      highlights.ensureRegistered();
    },
    options,
  );
}
