import type { z } from 'zod';

/** Where an issue sits: its dotted path in backticks, `(racine)` for the whole document. */
function pathOf(path: readonly PropertyKey[]): string {
  return `\`${path.map(String).join('.') || '(racine)'}\``;
}

/** Formats zod issues as "`path` : message" lines, one per issue. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${pathOf(i.path)} : ${i.message}`).join('\n');
}

/**
 * Formats the issues of `sources.yaml`, each naming the source at fault by its rank and id
 * (`source n° 2 (« pij »), \`url\` : …`), since a partner finds an entry by its id, not its index.
 */
export function formatRegistryIssues(error: z.ZodError, raw: unknown): string {
  const entries = (raw as { sources?: { id?: unknown }[] } | null)?.sources;
  return error.issues
    .map((i) => {
      const index = typeof i.path[1] === 'number' ? i.path[1] : undefined;
      if (index === undefined) return `${pathOf(i.path)} : ${i.message}`;
      const id = entries?.[index]?.id;
      const name = typeof id === 'string' ? ` (« ${id} »)` : '';
      const field = i.path.slice(2).length > 0 ? i.path.slice(2) : i.path;
      return `source n° ${index + 1}${name}, ${pathOf(field)} : ${i.message}`;
    })
    .join('\n');
}
