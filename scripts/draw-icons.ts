/**
 * Draws the PWA icons (public/icons/*.png) with no network and no image library: three stacked
 * layers on the brand blue, written as 8-bit RGBA PNGs with node:zlib. Run after changing the
 * design: `npx tsx scripts/draw-icons.ts` (the PNGs are committed).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

type Rgba = [number, number, number, number];
const BRAND: Rgba = [0x1f, 0x58, 0xbd, 255];
const LAYERS: Rgba[] = [
  [0xd9, 0xea, 0xff, 255],
  [0x9f, 0xc4, 0xf5, 255],
  [0xff, 0xff, 0xff, 255],
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A rounded rectangle test, in pixels. */
const inRounded = (x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** `safe` is the share of the side the drawing may use (a maskable icon keeps to the central 80 % circle). */
function draw(size: number, opts: { safe: number; rounded: boolean }): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const s = size;
  const inner = s * opts.safe;
  const off = (s - inner) / 2;
  for (let y = 0; y < s; y++)
    for (let x = 0; x < s; x++) {
      let c: Rgba = [0, 0, 0, 0];
      if (!opts.rounded || inRounded(x, y, 0, 0, s - 1, s - 1, s * 0.18)) c = BRAND;
      // Three layers, each a slab a little higher and further right: the image layers the app teaches.
      LAYERS.forEach((colour, i) => {
        const x0 = off + inner * (0.12 + i * 0.08);
        const y0 = off + inner * (0.62 - i * 0.2);
        if (inRounded(x, y, x0, y0, x0 + inner * 0.56, y0 + inner * 0.16, inner * 0.04)) c = colour;
      });
      px.set(c, (y * s + x) * 4);
    }
  const raw = Buffer.alloc((s * 4 + 1) * s);
  for (let y = 0; y < s; y++) px.copy(raw, y * (s * 4 + 1) + 1, y * s * 4, (y + 1) * s * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(import.meta.dirname, "..", "public", "icons");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "icon-192.png"), draw(192, { safe: 1, rounded: true }));
fs.writeFileSync(path.join(out, "icon-512.png"), draw(512, { safe: 1, rounded: true }));
fs.writeFileSync(path.join(out, "maskable-512.png"), draw(512, { safe: 0.8, rounded: false }));
console.log(`icons written to ${out}`);
