/**
 * A page may replace `document.adoptedStyleSheets` wholesale (some frameworks do), which drops
 * our ::highlight(medglance) rules: the ranges stay registered but nothing is painted. The
 * stylesheet is put back within a second (an `includes` on a short array per check).
 */
import { whileVisible, type WhileVisibleOptions } from '../runtime/while-visible';
import type { HighlightStylesheet } from './stylesheet';

export function keepAdopted(
  stylesheet: Pick<HighlightStylesheet, 'adoptInto'>,
  doc: Document,
  options: WhileVisibleOptions = {},
): () => void {
  return whileVisible(doc, () => stylesheet.adoptInto(doc), options);
}
