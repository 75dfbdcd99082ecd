import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentStore } from './store';

const validDir = path.join(import.meta.dirname, 'fixtures', 'valid');
const stores: ContentStore[] = [];
const temps: string[] = [];
// The archive of last valid versions goes to a folder of this run's, not the project's .cache.
process.env.CONTENT_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-archive-'));

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-store-'));
  temps.push(dir);
  fs.cpSync(validDir, dir, { recursive: true });
  return dir;
}

function open(dir: string, watch = true): ContentStore {
  const store = new ContentStore(dir, watch);
  stores.push(store);
  return store;
}

type Json = Record<string, unknown>;
const read = (dir: string, slug: string): Json => JSON.parse(fs.readFileSync(path.join(dir, 'reports', `${slug}.json`), 'utf8'));
const write = (dir: string, slug: string, data: unknown) =>
  fs.writeFileSync(path.join(dir, 'reports', `${slug}.json`), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
const slugs = (store: ContentStore) => store.content().reports.map((r) => r.slug);

describe('the content store', () => {
  it('publishes a new report file without being asked', async () => {
    const dir = copy();
    const store = open(dir);
    const before = store.version;
    write(dir, 'coast-report-2', { ...read(dir, 'coast-report'), slug: 'coast-report-2', publishedAt: '2030-01-01T00:00:00Z', updatedAt: undefined });
    await vi.waitFor(() => expect(slugs(store)[0]).toBe('coast-report-2'), { timeout: 2000, interval: 20 });
    expect(store.version).toBeGreaterThan(before);
  });

  it('serves an edit, and keeps the last valid version while the file is invalid', async () => {
    const dir = copy();
    const store = open(dir);
    const report = read(dir, 'coast-report');
    write(dir, 'coast-report', { ...report, headline: { en: 'Edited headline' } });
    await vi.waitFor(() => expect(store.content().reports.find((r) => r.slug === 'coast-report')?.headline.en).toBe('Edited headline'), { timeout: 2000, interval: 20 });

    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    write(dir, 'coast-report', { ...report, updatedAt: '2000-01-01T00:00:00Z' });
    await vi.waitFor(() => expect(store.problems()).not.toEqual([]), { timeout: 2000, interval: 20 });
    expect(store.problems()[0]).toMatchObject({ file: expect.stringContaining('coast-report.json'), path: '$.updatedAt', serving: 'previous' });
    expect(store.content().reports.find((r) => r.slug === 'coast-report')?.headline.en).toBe('Edited headline');
    // Logged once, however often the content is asked for.
    for (let i = 0; i < 5; i++) store.content();
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1), { timeout: 2000, interval: 20 });
    expect(error.mock.calls[0]![0]).toMatch(/coast-report\.json: \$\.updatedAt: .*last valid version is still served/);
  });

  it('keeps a new invalid file unpublished and lists it', async () => {
    const dir = copy();
    const store = open(dir);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    write(dir, 'half-written', '{"slug": "half-wr');
    await vi.waitFor(() => expect(store.problems().map((p) => p.file)).toContainEqual(expect.stringContaining('half-written.json')), { timeout: 2000, interval: 20 });
    expect(store.problems()[0]).toMatchObject({ serving: 'none', message: expect.stringMatching(/not valid JSON at line 1/) });
    expect(slugs(store)).toEqual(['market-brief', 'coast-report']);
  });

  it('takes a removed or renamed report away at once', async () => {
    const dir = copy();
    const store = open(dir);
    fs.rmSync(path.join(dir, 'reports', 'market-brief.json'));
    await vi.waitFor(() => expect(slugs(store)).toEqual(['coast-report']), { timeout: 2000, interval: 20 });
    // Renamed: the old name is gone; the new one is a file whose slug does not match its name, so it is not served.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fs.renameSync(path.join(dir, 'reports', 'coast-report.json'), path.join(dir, 'reports', 'coast.json'));
    await vi.waitFor(() => expect(slugs(store)).toEqual([]), { timeout: 2000, interval: 20 });
    expect(store.problems()).toMatchObject([{ path: '$.slug', serving: 'none' }]);
  });

  it('follows sections.json, and unpublishes reports whose section went away', async () => {
    const dir = copy();
    const store = open(dir);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const sectionsFile = path.join(dir, 'sections.json');
    const sections = JSON.parse(fs.readFileSync(sectionsFile, 'utf8')) as Array<{ id: string }>;
    const section = store.content().reports.find((r) => r.slug === 'coast-report')!.section;
    fs.writeFileSync(sectionsFile, JSON.stringify(sections.filter((s) => s.id !== section)));
    await vi.waitFor(() => expect(slugs(store)).not.toContain('coast-report'), { timeout: 2000, interval: 20 });
    expect(store.problems()).toMatchObject([{ path: '$.section', serving: 'none' }]);
    // An invalid sections.json keeps the last valid one.
    fs.writeFileSync(sectionsFile, '[');
    await vi.waitFor(() => expect(store.problems().some((p) => p.file.endsWith('sections.json'))).toBe(true), { timeout: 2000, interval: 20 });
    expect(store.content().sections.map((s) => s.id)).not.toContain(section);
  });

  it('without watching, sees changes only when asked to rescan', () => {
    const dir = copy();
    const store = open(dir, false);
    fs.rmSync(path.join(dir, 'reports', 'market-brief.json'));
    expect(slugs(store)).toEqual(['market-brief', 'coast-report']);
    store.rescan();
    expect(slugs(store)).toEqual(['coast-report']);
  });
});

describe('the archive of last valid versions', () => {
  it('gives each report its blocks when asked, from the version that was checked', () => {
    const dir = copy();
    const store = open(dir, false);
    const coast = store.content().reports.find((r) => r.slug === 'coast-report')!;
    expect(coast.blocks.map((b) => b.id)).toEqual(['p1', 'h1', 'q1', 'p2']);
    expect(coast.blocks[0]!.en).toBe('First paragraph, with 32 cases.');
  });

  it('keeps serving the last valid version across a restart, and not files removed meanwhile', () => {
    const dir = copy();
    open(dir, false).close();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = read(dir, 'coast-report');
    write(dir, 'coast-report', { ...report, updatedAt: '2000-01-01T00:00:00Z', headline: { en: 'Broken' } });
    fs.rmSync(path.join(dir, 'reports', 'market-brief.json'));
    const restarted = open(dir, false);
    expect(slugs(restarted)).toEqual(['coast-report']);
    const coast = restarted.content().reports[0]!;
    expect(coast.headline.en).toBe('A test headline');
    expect(coast.blocks).toHaveLength(4);
    expect(restarted.problems()).toMatchObject([{ path: '$.updatedAt', serving: 'previous' }]);
  });
});
