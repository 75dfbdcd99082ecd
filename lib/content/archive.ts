import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import type { Report } from './load';

// The last valid version of every report file, in a SQLite file on local disk derived from the content directory
// like a cache: the server keeps only what lists and links need in memory and reads a report's blocks from here
// when a page needs them, and a starting server re-reads only the files whose stamp changed. It can be deleted at
// any time; it is rebuilt from the files.

export type Summary = Omit<Report, 'blocks'>;
export type Archived = { stamp: string; summary: Summary };

/**
 * A file the server derives from a content directory (the archive, the search index): in CONTENT_CACHE_DIR, or
 * .cache/content under the working directory, named after the directory so each has its own.
 */
export function derivedFile(contentDir: string, suffix: string): string {
  const base = process.env.CONTENT_CACHE_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), '.cache', 'content');
  const id = crypto.createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  return path.join(/*turbopackIgnore: true*/ base, `${id}${suffix}`);
}

/** Blocks of this many reports stay parsed in memory; the least recently read go first. */
const parsedBodies = 500;

export class ReportArchive {
  private db: Database.Database;
  private bodies = new Map<string, Report['blocks']>();

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS reports (name TEXT PRIMARY KEY, stamp TEXT NOT NULL, summary TEXT NOT NULL, blocks TEXT NOT NULL)');
  }

  /** Every archived file with the stamp of its archived (valid) version. */
  all(): Map<string, Archived> {
    const rows = this.db.prepare('SELECT name, stamp, summary FROM reports').all() as Array<{ name: string; stamp: string; summary: string }>;
    return new Map(rows.map((r) => [r.name, { stamp: r.stamp, summary: JSON.parse(r.summary) as Summary }]));
  }

  /** Archives a valid version; returns what the server keeps of it in memory. */
  put(name: string, stamp: string, report: Report): Summary {
    const { blocks, ...summary } = report;
    this.db.prepare('INSERT OR REPLACE INTO reports (name, stamp, summary, blocks) VALUES (?, ?, ?, ?)').run(name, stamp, JSON.stringify(summary), JSON.stringify(blocks));
    this.bodies.delete(`${name}\u0000${stamp}`);
    return summary;
  }

  remove(name: string) {
    this.db.prepare('DELETE FROM reports WHERE name = ?').run(name);
  }

  /** Many changes at once (a starting server's), in one transaction. */
  batch(fn: () => void) {
    this.db.transaction(fn)();
  }

  /** The blocks of a file's archived version with this stamp. */
  blocks(name: string, stamp: string): Report['blocks'] {
    const key = `${name}\u0000${stamp}`;
    let blocks = this.bodies.get(key);
    if (blocks) {
      this.bodies.delete(key);
    } else {
      // A page that began before a change may ask for the version it started with: it gets the newer one's blocks.
      const row = this.db.prepare('SELECT blocks FROM reports WHERE name = ? ORDER BY stamp = ? DESC').get(name, stamp) as { blocks: string } | undefined;
      blocks = row ? (JSON.parse(row.blocks) as Report['blocks']) : [];
    }
    this.bodies.set(key, blocks);
    if (this.bodies.size > parsedBodies) this.bodies.delete(this.bodies.keys().next().value!);
    return blocks;
  }

  close() {
    this.db.close();
  }
}

/** A report whose blocks are read from the archive when asked for, so that holding it costs only its summary. */
export function lazyReport(summary: Summary, load: () => Report['blocks']): Report {
  return Object.defineProperty({ ...summary }, 'blocks', { get: load, enumerable: true }) as Report;
}
