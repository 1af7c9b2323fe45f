// Draws the toolbar icon (a capsule on a rounded square) at each size the manifest lists.
// Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const BACKGROUND = [0x1f, 0x5f, 0x8b];
const LIGHT_HALF = [0xff, 0xff, 0xff];
const DARK_HALF = [0x9f, 0xd3, 0xf5];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) pixel(x, y).forEach((v, i) => (row[1 + x * 4 + i] = v));
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Signed distance to a rounded box centred at the origin. */
function roundedBox(px, py, halfW, halfH, radius) {
  const qx = Math.abs(px) - halfW + radius;
  const qy = Math.abs(py) - halfH + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function draw(size) {
  const samples = 4;
  return png(size, (x, y) => {
    let acc = [0, 0, 0, 0];
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const u = (x + (sx + 0.5) / samples) / size - 0.5;
        const v = (y + (sy + 0.5) / samples) / size - 0.5;
        let color = null;
        if (roundedBox(u, v, 0.5, 0.5, 0.2) <= 0) color = BACKGROUND;
        // Capsule rotated 45 degrees.
        const cu = (u + v) / Math.SQRT2;
        const cv = (v - u) / Math.SQRT2;
        if (roundedBox(cu, cv, 0.36, 0.15, 0.15) <= 0) color = cu < 0 ? LIGHT_HALF : DARK_HALF;
        if (color) acc = [acc[0] + color[0], acc[1] + color[1], acc[2] + color[2], acc[3] + 255];
      }
    }
    const n = samples * samples;
    const alpha = acc[3] / n;
    return alpha === 0
      ? [0, 0, 0, 0]
      : [acc[0] / (acc[3] / 255), acc[1] / (acc[3] / 255), acc[2] / (acc[3] / 255), alpha].map(Math.round);
  });
}

for (const size of SIZES) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), draw(size));
console.log(`wrote ${SIZES.length} icons to public/icons/`);
