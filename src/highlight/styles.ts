/**
 * The `::highlight(medglance)` rules for each highlight style (on the root element where
 * highlight styles inherit, else on every element). Only color, background-color,
 * text-decoration and text-shadow apply to highlights, so every style is built from those.
 * Colours follow prefers-color-scheme; text-decoration and text-shadow need Firefox 146/149
 * (older Firefox shows the colour part alone).
 */
import type { HighlightStyle } from '../settings/schema';
import { HIGHLIGHT_NAME } from './name';

interface Palette {
  accent: string;
  wash: string;
  ink: string;
}

const LIGHT: Palette = { accent: '#0b6e99', wash: 'rgba(255, 200, 0, 0.38)', ink: '#0b5c80' };
const DARK: Palette = { accent: '#6cc8f0', wash: 'rgba(255, 214, 64, 0.30)', ink: '#8fd6f5' };

function declarations(style: HighlightStyle, palette: Palette): string {
  switch (style) {
    case 'underline':
      return `text-decoration: underline 2px dotted ${palette.accent};`;
    case 'background':
      return `background-color: ${palette.wash};`;
    case 'outline':
      // No outline or border on highlights: lines above and below frame the word instead.
      return `text-decoration: underline overline 1px solid ${palette.accent};`;
    case 'bold-color':
      return `color: ${palette.ink}; text-shadow: 0.03em 0 0 currentColor, -0.03em 0 0 currentColor;`;
  }
}

/**
 * Whether the browser's highlight styles inherit along the element tree (CSS highlight
 * inheritance: Chromium, shadow trees included; not Firefox 153), set per build target
 * (scripts/build-content.ts).
 */
export const HIGHLIGHT_STYLES_INHERIT: boolean = __MEDGLANCE_HIGHLIGHT_STYLES_INHERIT__;

/**
 * @param inherits where highlight styles inherit, the rules are set on the root element alone:
 * a `::highlight()` rule that matches every element makes the browser compute highlight styles
 * for each of them, at every restyle of the page (bench/highlight-rule-cost.ts, big-article in
 * Chromium: adopting and painting 130 ms against 94, the page's own append 58 ms against 40).
 */
export function highlightCss(style: HighlightStyle, inherits = HIGHLIGHT_STYLES_INHERIT): string {
  const selector = `${inherits ? ':root' : ''}::highlight(${HIGHLIGHT_NAME})`;
  return [
    `${selector} { ${declarations(style, LIGHT)} }`,
    `@media (prefers-color-scheme: dark) { ${selector} { ${declarations(style, DARK)} } }`,
  ].join('\n');
}
