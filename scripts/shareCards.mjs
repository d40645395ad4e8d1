// Share cards: one 1200 × 630 PNG per prerendered page (its Open Graph image), drawn at build time
// with satori (a tree of boxes → SVG, the text as outlines) and resvg (SVG → PNG). Same input,
// same bytes: the fonts are files in node_modules and nothing reads the clock.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const cardSize = { width: 1200, height: 630 };

/** Where a page's card is written, relative to the site's root: "/timeline/x" → "share/timeline-x.png". */
export const shareCardFile = (path) =>
  `share/${path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '-')}.png`;

/** The light palette, read from the site's own tokens so a card looks like the pages. */
function palette(tokensCss = readFileSync('src/styles/tokens.css', 'utf8')) {
  const token = (name) => {
    const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(tokensCss)?.[1];
    if (!value) throw new Error(`src/styles/tokens.css has no --${name}`);
    return value;
  };
  return {
    paper: token('paper'),
    ink: token('ink-950'),
    muted: token('ink-600'),
    red: token('red-700'),
  };
}

/** Noto Sans and Noto Serif (SIL Open Font License), Latin and Latin Extended, as WOFF. */
function fonts() {
  const require = createRequire(import.meta.url);
  const file = (family, subset, weight) =>
    readFileSync(
      require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`),
    );
  return [
    ['noto-sans', 'Noto Sans', 400],
    ['noto-sans', 'Noto Sans', 700],
    ['noto-serif', 'Noto Serif', 700],
  ].flatMap(([family, name, weight]) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name,
      weight,
      style: 'normal',
      data: file(family, subset, weight),
    })),
  );
}

/** A box for satori: an element type, its style, its children. */
const box = (style, ...children) => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Long titles get smaller type, so that the longest still fit in three lines. */
const titleSize = (title) =>
  title.length <= 28 ? 84 : title.length <= 56 ? 68 : title.length <= 80 ? 56 : 50;

/** The card's layout: a red rule down the left, the kind of page, the title, a line, the site. */
function cardTree(card, colours) {
  const clamp = (lines) => ({ display: 'block', lineClamp: lines });
  return box(
    { width: '100%', height: '100%', backgroundColor: colours.paper, color: colours.ink },
    box({ width: 24, height: '100%', flexShrink: 0, backgroundColor: colours.red }),
    box(
      {
        flexDirection: 'column',
        justifyContent: 'space-between',
        flexGrow: 1,
        padding: '68px 96px 60px 66px',
        fontFamily: 'Noto Sans',
      },
      box(
        { flexDirection: 'column' },
        box(
          {
            color: colours.red,
            fontSize: 28,
            fontWeight: 700,
            letterSpacing: 2.5,
            textTransform: 'uppercase',
          },
          card.kind,
        ),
        box(
          {
            ...clamp(3),
            marginTop: 26,
            fontFamily: 'Noto Serif',
            fontWeight: 700,
            fontSize: titleSize(card.title),
            lineHeight: 1.14,
          },
          card.title,
        ),
        box(
          { ...clamp(2), marginTop: 26, color: colours.muted, fontSize: 32, lineHeight: 1.4 },
          card.line,
        ),
      ),
      box(
        { alignItems: 'center', fontSize: 26, fontWeight: 700 },
        box({ width: 44, height: 6, marginRight: 18, backgroundColor: colours.red }),
        card.site,
      ),
    ),
  );
}

/**
 * A card has a few flat colours on paper, so every pixel lies on a ramp from the paper to one of
 * them (text edges are blends). Written as a PNG with a palette of those ramps, a card is about a
 * third of the size of resvg's true-colour PNG, and looks the same.
 */
function indexedPng({ width, height, pixels }, colours) {
  const rgb = (hex) => {
    const digits = hex.slice(1);
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
    return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
  };
  const paper = rgb(colours.paper);
  const steps = 24;
  const ramps = Object.values(colours)
    .filter((hex) => hex !== colours.paper)
    .map(rgb);
  const palette = [
    paper,
    ...ramps.flatMap((ink) =>
      Array.from({ length: steps }, (_, i) =>
        paper.map((p, c) => Math.round(p + ((ink[c] - p) * (i + 1)) / steps)),
      ),
    ),
  ];
  /** The palette entry for a colour: the nearest step of the nearest ramp. */
  const indexOf = new Map();
  const nearest = (r, g, b) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, index) => {
      const distance = (entry[0] - r) ** 2 + (entry[1] - g) ** 2 + (entry[2] - b) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    });
    return best;
  };
  const rows = Buffer.alloc((width + 1) * height); // each row: filter type 0 (none), then indexes
  let [lastKey, lastIndex] = [-1, 0];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const key = (pixels[at] << 16) | (pixels[at + 1] << 8) | pixels[at + 2];
      if (key !== lastKey) {
        if (!indexOf.has(key))
          indexOf.set(key, nearest(pixels[at], pixels[at + 1], pixels[at + 2]));
        [lastKey, lastIndex] = [key, indexOf.get(key)];
      }
      rows[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per pixel, an index into the palette, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Draws the card of every page into `<dist>/share/`. `cardOf(path)` gives a page's words (the
 * build reads them from entry-server's `shareCardOf`). Returns how many were written and their size.
 */
export async function writeShareCards({ dist, paths, cardOf }) {
  const options = { ...cardSize, fonts: fonts() };
  const colours = palette();
  await mkdir(join(dist, 'share'), { recursive: true });
  let bytes = 0;
  for (const path of paths) {
    const svg = await satori(cardTree(cardOf(path), colours), options);
    const image = new Resvg(svg, {
      fitTo: { mode: 'width', value: cardSize.width },
      font: { loadSystemFonts: false },
    }).render();
    const png = indexedPng(image, colours);
    bytes += png.length;
    await writeFile(join(dist, shareCardFile(path)), png);
  }
  return { count: paths.length, bytes };
}
