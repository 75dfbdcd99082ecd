// npx tsx scripts/fonts.ts: writes the web fonts in app/fonts/ from the @fontsource files, cut down to what Jisr
// sets. Readers on metered connections download them on their first page, so every kilobyte counts:
// - Noto Naskh Arabic: the Arabic block (U+0600-06FF) and the joiners and marks Arabic text uses, not Arabic
//   Supplement, Extended-A or the presentation forms (94 kB -> about 43 kB). Shaping tables are kept.
// - Source Serif 4: the weights the site uses (400-700 of the variable 200-900 axis).
// lib/fonts.ts declares the same unicode ranges. Run again after upgrading the @fontsource packages.
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const root = path.resolve(import.meta.dirname, '..');
const fontsource = (pkg: string, file: string) => path.join(root, 'node_modules/@fontsource-variable', pkg, 'files', file);

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
const latin = range(0x20, 0xff) + '\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd' + range(0x2000, 0x206f);
const latinExt = range(0x100, 0x2ba) + range(0x2bd, 0x2c5) + range(0x2c7, 0x2cc) + range(0x2ce, 0x2d7) + range(0x2dd, 0x2ff) + '\u0304\u0308\u0329' + range(0x1d00, 0x1dbf) + range(0x1e00, 0x1e9f) + range(0x1ef2, 0x1eff) + '\u2020' + range(0x20a0, 0x20ab) + range(0x20ad, 0x20c4) + '\u2113' + range(0x2c60, 0x2c7f) + range(0xa720, 0xa7ff);
const arabic = range(0x600, 0x6ff) + range(0x200c, 0x200e) + '\u2010\u2011\u204f\u2e41';
const usedWeights = { wght: { min: 400, max: 700 } };

const fonts = [
  { out: 'noto-naskh-arabic-arabic.woff2', src: fontsource('noto-naskh-arabic', 'noto-naskh-arabic-arabic-wght-normal.woff2'), text: arabic },
  { out: 'source-serif-4-latin.woff2', src: fontsource('source-serif-4', 'source-serif-4-latin-wght-normal.woff2'), text: latin, axes: usedWeights },
  { out: 'source-serif-4-latin-ext.woff2', src: fontsource('source-serif-4', 'source-serif-4-latin-ext-wght-normal.woff2'), text: latinExt, axes: usedWeights },
];

for (const font of fonts) {
  const source = fs.readFileSync(font.src);
  const subset = await subsetFont(source, font.text, { targetFormat: 'woff2', ...(font.axes ? { variationAxes: font.axes } : {}) });
  fs.writeFileSync(path.join(root, 'app/fonts', font.out), subset);
  console.log(`${font.out}: ${(source.length / 1024).toFixed(1)} kB -> ${(subset.length / 1024).toFixed(1)} kB`);
}
