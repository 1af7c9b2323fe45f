import { useEffect, useRef } from 'preact/hooks';
import type { HighlightStyle } from '../../src/settings/schema';
import { HIGHLIGHT_NAME, highlightApiAvailable } from '../../src/highlight/name';
import { highlightCss } from '../../src/highlight/styles';

/**
 * A sample sentence showing how a mention will look with the chosen style. Where the browser has
 * the CSS Custom Highlight API, the preview is painted exactly as pages are: the same highlight
 * name and the same ::highlight() rules the content script uses. Elsewhere, classes approximate it.
 */
export function HighlightPreview({ style, word, enabled }: { style: HighlightStyle; word: string; enabled: boolean }) {
  const wordRef = useRef<HTMLSpanElement>(null);
  const useApi = highlightApiAvailable();

  useEffect(() => {
    const node = wordRef.current?.firstChild;
    if (!useApi || !node) return;
    const range = new Range();
    range.selectNodeContents(node);
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    return () => CSS.highlights.delete(HIGHLIGHT_NAME);
  }, [useApi, word]);

  const shown = enabled ? style : 'none';
  return (
    <p class="highlight-preview" aria-live="polite">
      {useApi && enabled && <style>{highlightCss(style)}</style>}
      <span class="preview-label">Preview: </span>a sentence on a page that names{' '}
      <span
        ref={wordRef}
        class={!useApi && enabled ? `preview-mention preview-${style}` : 'preview-mention'}
        data-style={shown}
      >
        {word}
      </span>
      .<span class="visually-hidden"> Style: {enabled ? style : 'highlighting off'}.</span>
    </p>
  );
}
