import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { root } from './paths.ts';

/**
 * A throwaway copy of the real `content/` in a temporary folder, with its own registry and feed
 * files. Tests write there, never into the repository's content.
 */
export async function makeContentCopy(
  sources: Record<string, unknown>[],
  feeds: Record<string, string | Uint8Array> = {},
): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'reperes-content-')), 'content');
  await cp(path.join(root, 'content'), dir, { recursive: true });
  await writeFile(path.join(dir, 'sources.yaml'), stringify({ sources }));
  await mkdir(path.join(dir, 'feeds'), { recursive: true });
  for (const [name, body] of Object.entries(feeds)) await writeFile(path.join(dir, 'feeds', name), body);
  return dir;
}

/** Organisation id that exists in the real directory (sources must name one). */
export const ORGANISATION = 'roche-aux-fees-communaute';
