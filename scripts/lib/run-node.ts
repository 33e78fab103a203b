import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts run from anywhere). */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** How a child Node process ended: its exit code and the last lines it printed. */
export interface NodeRun {
  code: number;
  /** Last lines of its output (stdout and stderr), for a one-line reason. */
  tail: string;
}

const TAIL_BYTES = 4096;

/**
 * Runs `node <args>` from the repository root with the same Node, its output passed through to
 * ours as it comes, and resolves with its exit code (never rejects on a failing child).
 */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<NodeRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      to.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk, process.stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      keep(chunk, process.stderr);
    });
    child.on('error', (error) => {
      resolve({ code: 1, tail: error.message });
    });
    child.on('close', (code, signal) => {
      resolve({ code: code ?? 1, tail: signal === null ? tail : `${tail}\n(arrêté par le signal ${signal})` });
    });
  });
}

/** The last meaningful line of an output, for a summary (ANSI colours removed). */
export function lastLineOf(output: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at '));
  return lines.at(-1) ?? 'sans message';
}
