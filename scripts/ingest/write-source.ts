import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  formatZodIssues,
  SourceEventsSchema,
  StatusFileSchema,
  type Occurrence,
  type SourceEvents,
  type StatusFile,
} from '../../src/lib/domain/index.ts';
import { sortOccurrences } from '../../src/lib/ingest/normalise/normalise-events.ts';
import { ContentError, readEventsFile, readStatus } from '../../src/loaders/read-content.ts';

/** `content/events/<source-id>.json`. */
export const eventsFileOf = (contentDir: string, sourceId: string) =>
  path.join(contentDir, 'events', `${sourceId}.json`);

/** `content/status.json`. */
export const statusFileOf = (contentDir: string) => path.join(contentDir, 'status.json');

/** Stable JSON: two-space indent and a final newline, key order as built. */
export const toStableJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes a file through a temporary file in the same folder, then renames it into place. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new Error(`Écriture impossible de ${file}`, { cause });
  }
}

/** `null` for a file that is absent or does not match its schema (the ingest rewrites it); other errors go up. */
function absentOrInvalid(cause: unknown): null {
  if (cause instanceof ContentError && (cause.code === 'missing' || cause.code === 'invalid')) return null;
  throw cause;
}

/** The previous file of a source, or `null` when there is none or it cannot be read as one. */
export async function readSourceEvents(contentDir: string, sourceId: string): Promise<SourceEvents | null> {
  return readEventsFile(contentDir, sourceId).catch(absentOrInvalid);
}

/**
 * Validates a source's occurrences and writes them, sorted by start then id, atomically. Nothing
 * is written when validation fails (the error names the source and the fields).
 */
export async function writeSourceEvents(contentDir: string, sourceId: string, occurrences: readonly Occurrence[]) {
  const data = { sourceId, occurrences: sortOccurrences(occurrences) };
  const checked = SourceEventsSchema.safeParse(data);
  if (!checked.success) {
    throw new Error(`events/${sourceId}.json non écrit, données invalides :\n${formatZodIssues(checked.error)}`);
  }
  await writeFileAtomic(eventsFileOf(contentDir, sourceId), toStableJson(checked.data));
}

/** The previous status file, or `null` when there is none or it does not match its schema. */
export async function readStatusFile(contentDir: string): Promise<StatusFile | null> {
  return readStatus(contentDir).catch(absentOrInvalid);
}

/** Validates and writes `status.json` atomically, sources sorted by id. */
export async function writeStatusFile(contentDir: string, status: StatusFile): Promise<void> {
  const sorted = { ...status, sources: [...status.sources].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1)) };
  const checked = StatusFileSchema.safeParse(sorted);
  if (!checked.success)
    throw new Error(`status.json non écrit, données invalides :\n${formatZodIssues(checked.error)}`);
  await writeFileAtomic(statusFileOf(contentDir), toStableJson(checked.data));
}
