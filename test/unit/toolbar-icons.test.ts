// @vitest-environment node
/**
 * The icons come from one drawing, assets/icon.svg: the committed PNGs are what `npm run icons`
 * writes, the manifests list files of the sizes they claim, Firefox gets the dark-toolbar variant
 * through `theme_icons`, and each variant is legible on the toolbar it is shown on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import sourceManifest from '../../manifest.json' with { type: 'json' };
import { darkToolbarSvg, iconSvg, rasterize, renderIcons } from '../../scripts/make-icons';
import { DARK_TOOLBAR_ICONS, manifestFor } from '../../scripts/manifest-for-target';

const PUBLIC = resolve(import.meta.dirname, '../../public');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Firefox's default toolbar colours, light and dark theme. */
const LIGHT_TOOLBAR: Rgb = [0xf9, 0xf9, 0xfb];
const DARK_TOOLBAR: Rgb = [0x2b, 0x2a, 0x33];

function colourAt(pixels: Buffer, size: number, x: number, y: number): Rgb {
  const offset = (y * size + x) * 4;
  expect(pixels[offset + 3], `alpha at ${x},${y}`).toBe(255);
  return [pixels[offset] ?? 0, pixels[offset + 1] ?? 0, pixels[offset + 2] ?? 0];
}

it('the committed PNGs are what `npm run icons` draws from assets/icon.svg', () => {
  const rendered = renderIcons();
  expect(rendered.size).toBeGreaterThanOrEqual(6);
  for (const [path, png] of rendered) {
    expect(readFileSync(join(PUBLIC, path)).equals(png), `${path}: run npm run icons`).toBe(true);
  }
});

describe('the manifests', () => {
  const action = sourceManifest.action as { default_icon: Record<string, string> };

  it('list icons at 16, 32, 48 and 128 px, each file of the size its key says', () => {
    for (const icons of [sourceManifest.icons as Record<string, string>, action.default_icon]) {
      expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
      for (const [size, path] of Object.entries(icons)) {
        expect(pngSize(readFileSync(join(PUBLIC, path))), path).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it("give Firefox the dark-toolbar icon through theme_icons (its `light` icon is for dark themes); Chrome's has no such key", () => {
    const firefox = manifestFor(sourceManifest, 'firefox') as { action?: { theme_icons?: unknown } };
    expect(firefox.action?.theme_icons).toEqual(
      Object.entries(DARK_TOOLBAR_ICONS).map(([size, light]) => ({
        light,
        dark: action.default_icon[size],
        size: Number(size),
      })),
    );
    expect(Object.keys(DARK_TOOLBAR_ICONS)).toEqual(['16', '32']);
    for (const [size, path] of Object.entries(DARK_TOOLBAR_ICONS)) {
      expect(existsSync(join(PUBLIC, path)), path).toBe(true);
      expect(pngSize(readFileSync(join(PUBLIC, path)))).toEqual({ width: Number(size), height: Number(size) });
    }
    const chrome = manifestFor(sourceManifest, 'chrome') as { action?: { theme_icons?: unknown } };
    expect(chrome.action?.theme_icons).toBeUndefined();
  });
});

describe.each([
  { variant: 'the icon', toolbar: 'a light toolbar', background: LIGHT_TOOLBAR, svg: () => iconSvg() },
  {
    variant: 'the dark-toolbar icon',
    toolbar: 'a dark toolbar',
    background: DARK_TOOLBAR,
    svg: () => darkToolbarSvg(iconSvg()),
  },
])('$variant', ({ toolbar, background, svg }) => {
  it(`stands out on ${toolbar}, and both halves of its capsule stand out on its tile (3:1, as WCAG asks of graphics)`, () => {
    const size = 128;
    const { pixels } = rasterize(svg(), size);
    const tile = colourAt(pixels, size, 6, 64);
    // The capsule lies on the diagonal from top left to bottom right, a half on each side of the centre.
    const upperHalf = colourAt(pixels, size, 46, 46);
    const lowerHalf = colourAt(pixels, size, 82, 82);
    expect(contrast(tile, background)).toBeGreaterThanOrEqual(3);
    expect(contrast(upperHalf, tile)).toBeGreaterThanOrEqual(3);
    expect(contrast(lowerHalf, tile)).toBeGreaterThanOrEqual(3);
    expect(upperHalf).not.toEqual(lowerHalf);
  });
});
