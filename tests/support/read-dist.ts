import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`, sorted. */
export async function filesEndingWith(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
