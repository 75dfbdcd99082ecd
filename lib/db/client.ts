import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema';

export type Db = LibSQLDatabase<typeof schema>;

/** DATABASE_URL (a libSQL URL such as file:/srv/jisr.db, or a plain file path), else data/jisr.db. */
export function databaseUrl(): string {
  const configured = process.env.DATABASE_URL?.trim();
  if (!configured) return `file:${path.join(/*turbopackIgnore: true*/ process.cwd(), 'data', 'jisr.db')}`;
  return /^[a-z]+:/i.test(configured) ? configured : `file:${path.resolve(/*turbopackIgnore: true*/ configured)}`;
}

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'drizzle');

/**
 * Opens a database and brings its schema up to date. The file and its folder are created on first use, so a fresh
 * clone needs no setup step.
 */
export async function openDb(url: string): Promise<Db> {
  if (url.startsWith('file:')) fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true });
  // One connection per process: operations queue for it, asynchronously. (With several, a second writer would
  // busy-wait synchronously for the first one's lock and block the event loop that the first needs to commit.)
  // Other processes, such as `npm run reviewer:add`, are waited for up to 5 s.
  const client = createClient({ url, timeout: 5000, concurrency: 1 });
  // WAL (kept in the file) lets readers such as page renders proceed while a review is written.
  await client.execute('PRAGMA journal_mode = WAL');
  const db = serializeTransactions(drizzle(client, { schema }));
  await migrate(db, { migrationsFolder });
  return db;
}

/**
 * Runs the transactions of this database one after another. The single connection can carry only one at a time,
 * and Better Auth's adapter opens its own through the same object.
 */
function serializeTransactions(db: Db): Db {
  const begin = db.transaction.bind(db);
  let queue: Promise<unknown> = Promise.resolve();
  db.transaction = ((...args: Parameters<Db['transaction']>) => {
    const run = queue.then(() => begin(...args));
    queue = run.catch(() => undefined);
    return run;
  }) as Db['transaction'];
  return db;
}

// Kept on globalThis: the proxy (which counts views) is bundled apart from the pages and route handlers, and a
// module-level variable would give it a second connection in the same process (see openDb on why one).
const holder = globalThis as typeof globalThis & { jisrDb?: { url: string; db: Promise<Db> } };

/** The app's database, opened (and migrated) once per process. */
export function getDb(): Promise<Db> {
  const url = databaseUrl();
  if (!holder.jisrDb || holder.jisrDb.url !== url) {
    const db = openDb(url);
    holder.jisrDb = { url, db };
    // A failed open must not be cached: the next request tries again.
    db.catch(() => {
      if (holder.jisrDb?.db === db) holder.jisrDb = undefined;
    });
  }
  return holder.jisrDb.db;
}
