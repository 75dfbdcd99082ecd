import fs from 'node:fs';
import path from 'node:path';

/** The size in bytes of a file served from public/, given by its address ("/images/…"). */
export function publicFileBytes(src: string): number {
  return fs.statSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', src)).size;
}
