#!/usr/bin/env node
// Draws images/icon.png (128x128): a newspaper-page tile with a pair of large opening
// quote marks. Shapes are signed-distance tests sampled 4x4 per pixel for smooth edges;
// the PNG is written with a small encoder (zlib from Node, CRC-32 computed here).
// Run: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return Math.hypot(x - cx, y - cy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
/** An opening quote mark: a filled dot with a tail curving up to the right. */
const quoteMark = (x, y, cx, cy, r) => {
  if (Math.hypot(x - cx, y - cy) <= r) return true;
  // Tail: the band between two circles, upper-left quadrant relative to the dot.
  const tx = cx + r * 0.95;
  const ty = cy + r * 0.1;
  const d = Math.hypot(x - tx, y - ty);
  return d >= r * 1.25 && d <= r * 2.0 && x < tx && y < cy && x > cx - r * 1.1 && y > cy - r * 2.6;
};

const layers = [
  // [test, rgba] from back to front
  [(x, y) => roundedRect(x, y, 4, 4, 124, 124, 22), [28, 42, 74, 255]],
  [(x, y) => roundedRect(x, y, 22, 18, 106, 110, 8), [246, 243, 234, 255]],
  // text lines of the page
  ...[0, 1, 2, 3].map((i) => [(x, y) => x >= 32 && x <= (i === 3 ? 74 : 96) && y >= 70 + i * 9 && y <= 74 + i * 9, [150, 156, 170, 255]]),
  [(x, y) => quoteMark(x, y, 46, 52, 10.5), [232, 112, 36, 255]],
  [(x, y) => quoteMark(x, y, 76, 52, 10.5), [232, 112, 36, 255]],
];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = [0, 0, 0, 0];
        for (const [inside, color] of layers) if (inside(x, y)) c = color;
        for (let k = 0; k < 3; k++) acc[k] += c[k] * c[3];
        acc[3] += c[3];
      }
    }
    const o = (py * SIZE + px) * 4;
    const a = acc[3] / (SS * SS);
    for (let k = 0; k < 3; k++) pixels[o + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
    pixels[o + 3] = Math.round(a);
  }
}

const out = fileURLToPath(new URL('./icon.png', import.meta.url));
writeFileSync(out, png(SIZE, SIZE, pixels));
console.log(`wrote ${out}`);
