import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files of `writeFileAtomic`: `.<name>.<pid>.tmp`, ignored by git (`.gitignore`). */
const TEMP_FILE = /^\..+\.\d+\.tmp$/;

const tempFileOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);

/** Flushes a folder's entries (the rename) to the disk; some systems cannot, which is harmless. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw cause;
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file so that a crash at any instant leaves either the old file or the new one whole:
 * the data goes to a temporary file in the same folder, is flushed to the disk, then renamed over
 * the old one, and the rename itself is flushed. A temporary file left by a crash is removed by
 * `removeLeftoverTempFiles` at the next start.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempFileOf(file);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    await syncFolder(path.dirname(file));
  } catch (cause) {
    await rm(temp, { force: true });
    throw new Error(`Écriture impossible de ${file}`, { cause });
  }
}

/** Removes the temporary files a crashed run left in these folders; returns their paths. */
export async function removeLeftoverTempFiles(dirs: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => TEMP_FILE.test(n)).sort()) {
      await rm(path.join(dir, name), { force: true });
      removed.push(path.join(dir, name));
    }
  }
  return removed;
}
