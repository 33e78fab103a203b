import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  CommuneListSchema,
  PlaceSchema,
  SourceRegistrySchema,
  TaxonomySchema,
  type ContentBundle,
  type PlaceEntry,
} from '../../src/lib/domain/index.ts';

/** A content file that does not match its schema: names the file and each wrong field. */
export class ContentError extends Error {
  readonly file: string;
  constructor(file: string, details: string, options?: ErrorOptions) {
    super(`${file} : ${details}`, options);
    this.name = 'ContentError';
    this.file = file;
  }
}

/** Formats zod issues as "`path`: message" lines, one per issue. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `\`${i.path.join('.') || '(racine)'}\` : ${i.message}`).join('\n');
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, formatZodIssues(result.error));
  return result.data;
}

/** Splits a Markdown file into its YAML front matter and body. */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentError(file, 'en-tête YAML (entre deux lignes ---) introuvable');
  return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
}

/** Reads and validates `places/*.md`. */
export async function loadPlaces(contentDir: string): Promise<PlaceEntry[]> {
  const dir = path.join(contentDir, 'places');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = `places/${name}`;
      const { data, body } = splitFrontMatter(await readFile(path.join(dir, name), 'utf8'), file);
      return { ...validate(PlaceSchema, data, file), id: name.slice(0, -3), description: body };
    }),
  );
}

/** Reads `sources.yaml` and validates every entry, naming the entry at fault. */
export async function loadSources(contentDir: string): Promise<ContentBundle['sources']> {
  const text = await readFile(path.join(contentDir, 'sources.yaml'), 'utf8');
  const raw = parseYaml(text) as unknown;
  const result = SourceRegistrySchema.safeParse(raw);
  if (!result.success) {
    const entries = (raw as { sources?: { id?: unknown }[] } | null)?.sources;
    const lines = result.error.issues.map((i) => {
      const index = typeof i.path[1] === 'number' ? i.path[1] : undefined;
      const id = index === undefined ? undefined : entries?.[index]?.id;
      const where =
        index === undefined ? '' : `source n° ${index + 1}${typeof id === 'string' ? ` (« ${id} »)` : ''}, `;
      return `${where}\`${i.path.slice(2).join('.') || i.path.join('.') || '(racine)'}\` : ${i.message}`;
    });
    throw new ContentError('sources.yaml', lines.join('\n'));
  }
  return result.data.sources;
}

/** Reads and validates every hand-edited file of `content/`. */
export async function loadContent(contentDir: string): Promise<ContentBundle> {
  const [communesText, taxonomyText, places, sources] = await Promise.all([
    readFile(path.join(contentDir, 'communes.json'), 'utf8'),
    readFile(path.join(contentDir, 'taxonomy.yaml'), 'utf8'),
    loadPlaces(contentDir),
    loadSources(contentDir),
  ]);
  return {
    communes: validate(CommuneListSchema, JSON.parse(communesText), 'communes.json'),
    taxonomy: validate(TaxonomySchema, parseYaml(taxonomyText), 'taxonomy.yaml'),
    places,
    sources,
  };
}
