/** What the tests that run a command of the project for real (npm start, astro dev) share. */
import { spawn, type ChildProcess } from 'node:child_process';
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

/** A server command started for a test: its process, what it printed so far, and how to stop it. */
export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  /** Stops the command and everything it started, and waits for it to exit. */
  stop: () => Promise<void>;
}

/** Starts `command` in its own process group (so that `stop` ends its children too), collecting its output. */
export function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): RunningServer {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    child.on('exit', () => {
      resolve();
    });
  });
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}
