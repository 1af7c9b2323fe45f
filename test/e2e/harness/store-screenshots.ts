/**
 * The store listing's screenshots (docs/store/listing.md): 1280x800, as both stores take them,
 * written by the end-to-end tests from what the browser shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const STORE_SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;
const STORE_SCREENSHOT_DIR = resolve('docs/store/screenshots');

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Writes a 1280x800 PNG into docs/store/screenshots/; throws on any other size. */
export function writeStoreScreenshot(name: string, png: Buffer): void {
  const { width, height } = pngSize(png);
  if (width !== STORE_SCREENSHOT_SIZE.width || height !== STORE_SCREENSHOT_SIZE.height) {
    throw new Error(`${name} is ${width}x${height}, not 1280x800`);
  }
  mkdirSync(STORE_SCREENSHOT_DIR, { recursive: true });
  writeFileSync(resolve(STORE_SCREENSHOT_DIR, name), png);
}

/**
 * A page and the side panel beside it, as the browser lays them out: `page` on the left, `panel`
 * on the right, a one-pixel rule between. Their widths must add up to 1280 less that rule.
 */
export function pageWithPanel(page: Buffer, panel: Buffer): Buffer {
  const left = pngSize(page);
  const right = pngSize(panel);
  const { width, height } = STORE_SCREENSHOT_SIZE;
  if (left.width + 1 + right.width !== width || left.height !== height || right.height !== height) {
    throw new Error(`${left.width}x${left.height} and ${right.width}x${right.height} do not fill 1280x800`);
  }
  const image = (png: Buffer, x: number, size: { width: number; height: number }) =>
    `<image x="${x}" y="0" width="${size.width}" height="${size.height}" href="data:image/png;base64,${png.toString('base64')}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    ${image(page, 0, left)}
    <rect x="${left.width}" y="0" width="1" height="${height}" fill="#c7c7cc"/>
    ${image(panel, left.width + 1, right)}
  </svg>`;
  return new Resvg(svg).render().asPng();
}
