/**
 * The name under which mentions are registered in CSS.highlights. The content script paints pages
 * under it and the popup's settings preview paints its sample the same way.
 */
export const HIGHLIGHT_NAME = 'medglance';

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
