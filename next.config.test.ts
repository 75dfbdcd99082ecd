import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { afterEach, describe, expect, it } from 'vitest';
import nextConfig from './next.config';

const valid = path.join(import.meta.dirname, 'lib', 'content', 'fixtures', 'valid');
const saved = process.env.CONTENT_DIR;
afterEach(() => {
  process.env.CONTENT_DIR = saved;
});

describe('next build', () => {
  it('refuses invalid content, naming every problem as content:check does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-build-'));
    fs.cpSync(valid, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'reports', 'market-brief.json'), '{"slug": "market-brief"}');
    process.env.CONTENT_DIR = dir;
    let message = '';
    try {
      nextConfig(PHASE_PRODUCTION_BUILD);
    } catch (error) {
      message = (error as Error).message.replaceAll(dir + path.sep, '');
    }
    expect(message.split('\n')).toEqual([
      'Invalid content (5 problems):',
      'reports/market-brief.json: $.section: is required',
      'reports/market-brief.json: $.publishedAt: is required',
      'reports/market-brief.json: $.originalLanguage: is required',
      'reports/market-brief.json: $.headline: is required',
      'reports/market-brief.json: $.blocks: is required',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('builds with valid content, and does not validate outside builds', () => {
    process.env.CONTENT_DIR = valid;
    expect(nextConfig(PHASE_PRODUCTION_BUILD)).toMatchObject({ poweredByHeader: false });
    process.env.CONTENT_DIR = '/nonexistent';
    expect(() => nextConfig(PHASE_DEVELOPMENT_SERVER)).not.toThrow();
  });
});
