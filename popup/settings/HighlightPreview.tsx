import type { HighlightStyle } from '../../src/settings/schema';

/** A sample sentence showing how a mention will look with the chosen style. */
export function HighlightPreview({ style, word, enabled }: { style: HighlightStyle; word: string; enabled: boolean }) {
  return (
    <p class="highlight-preview" aria-live="polite">
      <span class="preview-label">Preview: </span>a sentence on a page that names{' '}
      <span class={enabled ? `preview-mention preview-${style}` : 'preview-mention'} data-style={enabled ? style : 'none'}>
        {word}
      </span>
      .
    </p>
  );
}
