/**
 * `npm run icons`: rasterizes the one drawing of the icon, assets/icon.svg, into public/icons/:
 * the sizes the manifest lists, and a dark-toolbar variant for Firefox's `theme_icons` (the same
 * drawing with its colours swapped: a light tile and a dark capsule). The PNGs are committed, so a
 * build needs no native rasterizer; a unit test checks they are what this script writes.
 * Run it after changing the SVG or the palette.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { DARK_TOOLBAR_ICONS } from './manifest-for-target.ts';

export const ICON_SIZES = [16, 32, 48, 128] as const;
export const iconPath = (size: number) => `icons/icon-${size}.png`;

/** The drawing's colours (tile, capsule's lower half, capsule's upper half) for dark toolbars. */
const DARK_TOOLBAR_PALETTE: Record<string, string> = {
  '#1f5f8b': '#9fd3f5',
  '#9fd3f5': '#1f5f8b',
  '#ffffff': '#0f3350',
};

const ROOT = resolve(import.meta.dirname, '..');

export function iconSvg(): string {
  return readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
}

export function darkToolbarSvg(svg: string): string {
  for (const colour of Object.keys(DARK_TOOLBAR_PALETTE)) {
    if (!svg.includes(colour)) throw new Error(`assets/icon.svg no longer uses ${colour}: update the palette`);
  }
  return svg.replace(/#[0-9a-f]{6}\b/gi, (colour) => DARK_TOOLBAR_PALETTE[colour.toLowerCase()] ?? colour);
}

export function rasterize(svg: string, size: number): { png: Buffer; pixels: Buffer } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  return { png: image.asPng(), pixels: image.pixels };
}

/** Every icon file the builds ship, by its path under public/. */
export function renderIcons(): Map<string, Buffer> {
  const svg = iconSvg();
  const dark = darkToolbarSvg(svg);
  const icons = new Map<string, Buffer>();
  for (const size of ICON_SIZES) icons.set(iconPath(size), rasterize(svg, size).png);
  for (const [size, path] of Object.entries(DARK_TOOLBAR_ICONS)) icons.set(path, rasterize(dark, Number(size)).png);
  return icons;
}

function main() {
  const icons = renderIcons();
  for (const [path, png] of icons) writeFileSync(join(ROOT, 'public', path), png);
  console.log(`wrote ${icons.size} icons to public/icons/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
