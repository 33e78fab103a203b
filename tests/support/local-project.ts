/** What the tests that run a command of the project for real (npm start, astro dev) share. */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { root } from './paths.ts';

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('pas de port libre');
  return address.port;
}

/**
 * A real node_modules folder in `project` whose entries point to the repository's (no install, no
 * shared cache folder: Astro's and Vite's caches stay the project's own).
 */
export async function linkDependencies(project: string): Promise<void> {
  await mkdir(path.join(project, 'node_modules'), { recursive: true });
  for (const name of await readdir(path.join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    await symlink(path.join(root, 'node_modules', name), path.join(project, 'node_modules', name));
  }
}
