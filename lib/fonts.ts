import localFont from 'next/font/local';

// Self-hosted from @fontsource packages (next/font/google cannot reach the network here, and readers should not
// depend on a third party), cut down by scripts/fonts.ts to the Arabic block and the weights in use (app/fonts/). Nothing is preloaded: each face carries a unicode-range, so a browser downloads only the
// scripts a page actually shows. An English page with no Arabic text never fetches the ~43 KB Arabic face.
// `display: 'optional'`: a face that is not in by the first paint is not swapped in later, since the swap re-wraps
// every paragraph and moves the page (CLS 0.05 in English, up to 0.55 in Arabic); the next page has it cached.
// See docs/decisions/0002-fonts-and-type.md. (next/font needs its options as literals, hence the repeated ranges.)

/** Source Serif 4, basic Latin. Its fallback metrics come from the latin-ext face below. */
export const sourceSerif = localFont({
  src: '../app/fonts/source-serif-4-latin.woff2',
  weight: '400 700',
  variable: '--font-serif',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' }],
});

/** Source Serif 4, extended Latin (ğ, ı, İ, ş… in Turkish names). Carries the size-adjusted Times fallback. */
export const sourceSerifExt = localFont({
  src: '../app/fonts/source-serif-4-latin-ext.woff2',
  weight: '400 700',
  variable: '--font-serif-ext',
  display: 'optional',
  preload: false,
  adjustFontFallback: 'Times New Roman',
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C4, U+2113, U+2C60-2C7F, U+A720-A7FF' }],
});

/** Noto Naskh Arabic, the classic newspaper text face. */
export const notoNaskh = localFont({
  src: '../app/fonts/noto-naskh-arabic-arabic.woff2',
  weight: '400 700',
  variable: '--font-naskh',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF, U+200C-200E, U+2010-2011, U+204F, U+2E41' }],
});

/** Noto Naskh Arabic's own Latin: digits, « » and the odd Latin word inside Arabic text, matching the Arabic. */
export const notoNaskhLatin = localFont({
  src: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-latin-wght-normal.woff2',
  weight: '400 700',
  variable: '--font-naskh-latin',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' }],
});

export const fontVariables = [sourceSerif, sourceSerifExt, notoNaskh, notoNaskhLatin].map((f) => f.variable).join(' ');
