import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { StatusFileSchema, type Occurrence, type StatusFile } from '../../src/lib/domain/index.ts';

/** The generated data of a content folder at one instant: every source's occurrences and the status file. */
export interface NightData {
  occurrences: Occurrence[];
  status: StatusFile | null;
  /** Files that could not be read (named in the console; the summary still goes on). */
  unreadable: string[];
}

/**
 * Reads `events/*.json` and `status.json` of a content folder. A file that cannot be read is listed
 * in `unreadable` instead of stopping the night: the ingest sets damaged files aside itself.
 */
export async function readNightData(contentDir: string): Promise<NightData> {
  const dir = path.join(contentDir, 'events');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const unreadable: string[] = [];
  const occurrences: Occurrence[] = [];
  for (const name of names) {
    try {
      const parsed = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { occurrences?: Occurrence[] };
      occurrences.push(...(parsed.occurrences ?? []));
    } catch (cause) {
      unreadable.push(`events/${name} (${String(cause)})`);
    }
  }
  let status: StatusFile | null = null;
  try {
    const parsed = StatusFileSchema.safeParse(JSON.parse(await readFile(path.join(contentDir, 'status.json'), 'utf8')));
    if (parsed.success) status = parsed.data;
    else unreadable.push('status.json (ne suit pas le schéma)');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') unreadable.push(`status.json (${String(cause)})`);
  }
  return { occurrences, status, unreadable };
}
