import { mkdir, rename } from 'node:fs/promises';
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
import { writeFileAtomic } from './atomic-file.ts';

/** `content/events/<source-id>.json`. */
export const eventsFileOf = (contentDir: string, sourceId: string) =>
  path.join(contentDir, 'events', `${sourceId}.json`);

/** `content/status.json`. */
export const statusFileOf = (contentDir: string) => path.join(contentDir, 'status.json');

/** Stable JSON: two-space indent and a final newline, key order as built. */
export const toStableJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Where damaged generated files are moved for inspection (`content/set-aside/`). */
export const SET_ASIDE_DIR = 'set-aside';

/** A generated file before the run: none, readable, or damaged (not JSON, or not its schema). */
export type PreviousFile<T> = { kind: 'none' } | { kind: 'ok'; data: T } | { kind: 'damaged'; reason: string };

/** A file the reader of `content/` refused: absent is none, cut or invalid is damaged, unreadable goes up. */
function refused(cause: unknown): { kind: 'none' } | { kind: 'damaged'; reason: string } {
  if (!(cause instanceof ContentError)) throw cause;
  if (cause.code === 'missing') return { kind: 'none' };
  if (cause.code === 'syntax' || cause.code === 'invalid') return { kind: 'damaged', reason: cause.message };
  throw cause;
}

/** Reads the previous events file of a source without ever throwing on its content. */
export async function readPreviousEvents(contentDir: string, sourceId: string): Promise<PreviousFile<SourceEvents>> {
  try {
    const data = await readEventsFile(contentDir, sourceId);
    if (data.sourceId !== sourceId)
      return { kind: 'damaged', reason: `events/${sourceId}.json : sourceId « ${data.sourceId} »` };
    return { kind: 'ok', data };
  } catch (cause) {
    return refused(cause);
  }
}

/** The previous file of a source, or `null` when there is none or it cannot be read as one. */
export async function readSourceEvents(contentDir: string, sourceId: string): Promise<SourceEvents | null> {
  const previous = await readPreviousEvents(contentDir, sourceId);
  return previous.kind === 'ok' ? previous.data : null;
}

/**
 * Moves a damaged generated file (path relative to `content/`) to `content/set-aside/`, named
 * after it and the run's now, and returns its new path relative to `content/`.
 */
export async function setAsideFile(contentDir: string, relative: string, nowIso: string): Promise<string> {
  const stamp = nowIso.slice(0, 19).replace(/:/g, '-');
  const name = `${relative.replace(/\.json$/, '').replace(/\//g, '-')}.${stamp}.json`;
  const target = path.join(SET_ASIDE_DIR, name);
  await mkdir(path.join(contentDir, SET_ASIDE_DIR), { recursive: true });
  await rename(path.join(contentDir, relative), path.join(contentDir, target));
  return target;
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

/** The previous status file: none, readable, or damaged (then it is set aside by the caller). */
export async function readStatusFile(contentDir: string): Promise<PreviousFile<StatusFile>> {
  try {
    const data = await readStatus(contentDir);
    return data === null ? { kind: 'none' } : { kind: 'ok', data };
  } catch (cause) {
    return refused(cause);
  }
}

/** Validates and writes `status.json` atomically, sources sorted by id. */
export async function writeStatusFile(contentDir: string, status: StatusFile): Promise<void> {
  const sorted = { ...status, sources: [...status.sources].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1)) };
  const checked = StatusFileSchema.safeParse(sorted);
  if (!checked.success)
    throw new Error(`status.json non écrit, données invalides :\n${formatZodIssues(checked.error)}`);
  await writeFileAtomic(statusFileOf(contentDir), toStableJson(checked.data));
}
