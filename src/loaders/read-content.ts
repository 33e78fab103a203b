/**
 * The one reader of `content/`: every file read from disk and validated with the domain schemas,
 * each error naming its file. Used by the scripts (ingest, feed checker, bench, tests) and by the
 * build (src/build/site-data.ts). Node I/O only: no `astro:*` import.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  CommuneListSchema,
  IndicatorHistorySchema,
  PlaceSchema,
  SourceEventsSchema,
  SourceRegistrySchema,
  StatusFileSchema,
  TaxonomySchema,
  formatRegistryIssues,
  formatZodIssues,
  type Commune,
  type ContentBundle,
  type IndicatorHistory,
  type PlaceEntry,
  type Source,
  type SourceEvents,
  type StatusFile,
  type Taxonomy,
} from '../lib/domain/index.ts';

/** Why a content file was refused: absent, unreadable, not JSON/YAML, or not matching its schema. */
export type ContentErrorCode = 'missing' | 'unreadable' | 'syntax' | 'invalid';

/** A content file that cannot be read or does not match its schema: names the file and each wrong field. */
export class ContentError extends Error {
  readonly file: string;
  readonly code: ContentErrorCode;
  constructor(file: string, details: string, code: ContentErrorCode = 'invalid', options?: ErrorOptions) {
    super(`${file} : ${details}`, options);
    this.name = 'ContentError';
    this.file = file;
    this.code = code;
  }
}

const isMissing = (cause: unknown) => (cause as NodeJS.ErrnoException | null)?.code === 'ENOENT';

const messageOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/** The text of a file; a missing or unreadable file is a ContentError naming it. */
async function readText(file: string, name: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    const code = isMissing(cause) ? 'missing' : 'unreadable';
    throw new ContentError(name, `fichier illisible (${messageOf(cause)})`, code, { cause });
  }
}

/** Parses a file's text (JSON or YAML); a syntax error is a ContentError naming the file. */
function parseText(text: string, name: string, parse: (text: string) => unknown): unknown {
  try {
    return parse(text);
  } catch (cause) {
    throw new ContentError(name, `syntaxe invalide (${messageOf(cause)})`, 'syntax', { cause });
  }
}

function validate<T>(schema: z.ZodType<T>, data: unknown, name: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(name, formatZodIssues(result.error));
  return result.data;
}

/** The names of the files of a folder ending with `ext`, sorted; an unreadable folder is a ContentError. */
async function listFiles(dir: string, name: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(ext)).sort();
  } catch (cause) {
    const code = isMissing(cause) ? 'missing' : 'unreadable';
    throw new ContentError(name, `dossier illisible (${messageOf(cause)})`, code, { cause });
  }
}

/** Splits a Markdown file into its YAML front matter and body (trimmed). */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentError(file, 'en-tête YAML (entre deux lignes ---) introuvable', 'syntax');
  return { data: parseText(match[1] ?? '', file, parseYaml), body: (match[2] ?? '').trim() };
}

/** `communes.json`. */
export async function readCommunes(contentDir: string): Promise<Commune[]> {
  const name = 'communes.json';
  const text = await readText(path.join(contentDir, name), name);
  return validate(CommuneListSchema, parseText(text, name, JSON.parse), name);
}

/** `taxonomy.yaml`. */
export async function readTaxonomy(contentDir: string): Promise<Taxonomy> {
  const name = 'taxonomy.yaml';
  const text = await readText(path.join(contentDir, name), name);
  return validate(TaxonomySchema, parseText(text, name, parseYaml), name);
}

/** `places/*.md`, by file name: each place with its id (the file name) and its Markdown body as `description`. */
export async function readPlaces(contentDir: string): Promise<PlaceEntry[]> {
  const dir = path.join(contentDir, 'places');
  const names = await listFiles(dir, 'places/', '.md');
  return Promise.all(
    names.map(async (fileName) => {
      const name = `places/${fileName}`;
      const { data, body } = splitFrontMatter(await readText(path.join(dir, fileName), name), name);
      return { ...validate(PlaceSchema, data, name), id: fileName.slice(0, -3), description: body };
    }),
  );
}

/** `sources.yaml`, in file order; each problem names the source at fault. */
export async function readSources(contentDir: string): Promise<Source[]> {
  const name = 'sources.yaml';
  const raw = parseText(await readText(path.join(contentDir, name), name), name, parseYaml);
  const result = SourceRegistrySchema.safeParse(raw);
  if (!result.success) throw new ContentError(name, formatRegistryIssues(result.error, raw));
  return result.data.sources;
}

/** `events/<source-id>.json` as written by the ingest; strict: an unreadable or invalid file throws. */
export async function readEventsFile(contentDir: string, sourceId: string): Promise<SourceEvents> {
  const name = `events/${sourceId}.json`;
  const text = await readText(path.join(contentDir, name), name);
  return validate(SourceEventsSchema, parseText(text, name, JSON.parse), name);
}

/** One events file and where it was read. */
export interface EventsFile {
  /** Path of the file (`<content>/events/pij.json`). */
  file: string;
  events: SourceEvents;
}

/**
 * Every `events/*.json`, by file name. Refuses unreadable data: an unreadable folder or one file
 * that does not parse throws a ContentError naming it, so the site is never built without events.
 */
export async function readAllEvents(contentDir: string): Promise<EventsFile[]> {
  const dir = path.join(contentDir, 'events');
  const names = await listFiles(dir, 'events/', '.json');
  return Promise.all(
    names.map(async (fileName) => ({
      file: path.join(dir, fileName),
      events: await readEventsFile(contentDir, fileName.slice(0, -5)),
    })),
  );
}

/** `status.json`, or `null` when the ingest never ran; an unreadable or invalid file throws. */
export async function readStatus(contentDir: string): Promise<StatusFile | null> {
  const name = 'status.json';
  let text: string;
  try {
    text = await readText(path.join(contentDir, name), name);
  } catch (cause) {
    if (cause instanceof ContentError && cause.code === 'missing') return null;
    throw cause;
  }
  return validate(StatusFileSchema, parseText(text, name, JSON.parse), name);
}

/** Where the nightly job keeps the indicators' history, relative to `content/`. */
export const HISTORY_FILE = 'indicators/history.json';

/** `indicators/history.json`, or an empty history before the first night; an unreadable or invalid file throws. */
export async function readIndicatorHistory(contentDir: string): Promise<IndicatorHistory> {
  let text: string;
  try {
    text = await readText(path.join(contentDir, HISTORY_FILE), HISTORY_FILE);
  } catch (cause) {
    if (cause instanceof ContentError && cause.code === 'missing') return { quarters: [] };
    throw cause;
  }
  return validate(IndicatorHistorySchema, parseText(text, HISTORY_FILE, JSON.parse), HISTORY_FILE);
}

/** Every hand-edited file of `content/`, read and validated. */
export async function readContent(contentDir: string): Promise<ContentBundle> {
  const [communes, taxonomy, places, sources] = await Promise.all([
    readCommunes(contentDir),
    readTaxonomy(contentDir),
    readPlaces(contentDir),
    readSources(contentDir),
  ]);
  return { communes, taxonomy, places, sources };
}
