// What a prerendered page makes the browser download: the JavaScript and CSS it references (gzip, as served) and
// its own HTML. Shared by bench:weight and bench:baseline so that both measure the same way.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Weight = {
  js: { files: number; raw: number; gzip: number };
  css: { files: number; raw: number; gzip: number };
  html: { raw: number; gzip: number };
  /** URLs of fonts the page preloads. */
  fontPreloads: string[];
};

const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
}

/** Every `/_next/static/...` URL of the given kind that the HTML references (script tags and preloads). */
function referenced(html: string, kind: 'script' | 'style' | 'font'): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = attr(tag, 'rel');
    const as = attr(tag, 'as');
    if (kind === 'script') {
      // noModule polyfills are skipped by every modern browser.
      if (isScript && attr(tag, 'src') && !/\snomodule/i.test(tag)) urls.add(attr(tag, 'src')!);
      if (!isScript && rel === 'preload' && as === 'script') urls.add(attr(tag, 'href')!);
    } else if (kind === 'style') {
      if (!isScript && (rel === 'stylesheet' || (rel === 'preload' && as === 'style'))) urls.add(attr(tag, 'href')!);
    } else if (!isScript && rel === 'preload' && as === 'font') {
      urls.add(attr(tag, 'href')!);
    }
  }
  // React also emits stylesheets through the RSC payload; count those the HTML names there.
  if (kind === 'style') for (const m of html.matchAll(/\/_next\/static\/[^"'\\\s]+\.css/g)) urls.add(m[0]);
  return [...urls];
}

function sizes(distDir: string, urls: string[]) {
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const file = path.join(distDir, 'static', url.replace(/^\/_next\/static\//, '').split('?')[0]!);
    const buffer = fs.readFileSync(file);
    raw += buffer.length;
    gz += gzip(buffer);
  }
  return { files: urls.length, raw, gzip: gz };
}

export function measurePage(distDir: string, htmlFile: string): Weight {
  const html = fs.readFileSync(htmlFile);
  const text = html.toString('utf8');
  return {
    js: sizes(distDir, referenced(text, 'script')),
    css: sizes(distDir, referenced(text, 'style')),
    html: { raw: html.length, gzip: gzip(html) },
    fontPreloads: referenced(text, 'font'),
  };
}

export const kB = (bytes: number) => (bytes / 1000).toFixed(1);
