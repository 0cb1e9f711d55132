#!/usr/bin/env node
'use strict';
/**
 * Draws the Teams app icons (192 px colour, 32 px white outline on transparent) as PNGs, so the
 * icons are reproducible from source instead of opaque binaries. Run: node scripts/make-icons.js
 * Motif: three plan rows with status dots (red, amber, green) on the brand colour.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(x + 0.5, y + 0.5);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))
  ]);
}

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Shapes in a unit square: rows at 30%, 50%, 70% height with a dot on the left. */
function motif(u, v) {
  const rows = [0.3, 0.5, 0.7];
  for (let i = 0; i < rows.length; i++) {
    if (inCircle(u, v, 0.3, rows[i], 0.065)) return { dot: i };
    if (inRoundRect(u, v, 0.42, rows[i] - 0.04, 0.78, rows[i] + 0.04, 0.04)) return { bar: i };
  }
  return undefined;
}

const brand = [0x1b, 0x4f, 0x72, 255];
const dots = [[0xd1, 0x34, 0x38, 255], [0xff, 0xb9, 0x00, 255], [0x6b, 0xb7, 0x00, 255]];
const white = [255, 255, 255, 255];
const clear = [0, 0, 0, 0];

const colour = png(192, (x, y) => {
  const u = x / 192, v = y / 192;
  const m = motif(u, v);
  if (m && m.dot !== undefined) return dots[m.dot];
  if (m) return white;
  return brand;
});
const outline = png(32, (x, y) => (motif(x / 32, y / 32) ? white : clear));

const id = require('./solution-ids').webPartId;
for (const dir of ['teams', 'manifest']) {
  const prefix = dir === 'teams' ? `${id}_` : '';
  fs.writeFileSync(path.join(__dirname, '..', dir, `${prefix}color.png`), colour);
  fs.writeFileSync(path.join(__dirname, '..', dir, `${prefix}outline.png`), outline);
}
console.log('Icons written to teams/ and manifest/.');
