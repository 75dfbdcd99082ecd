import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDb, type Db } from './client';

/**
 * For tests: a real SQLite file in a temporary directory, migrated like the app's, fresh for each test. Returns a
 * getter, since the database only exists once a test runs.
 */
export function tempDbPerTest(seed?: (db: Db) => Promise<unknown>): () => Db {
  let dir: string;
  let db: Db;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-db-'));
    db = await openDb(`file:${path.join(dir, 'test.db')}`);
    await seed?.(db);
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => db;
}
