/**
 * Runs a command and measures what it costs: elapsed time, CPU time (user + system) and peak
 * memory of the process and of every process it starts (Pagefind's indexer is a child of the
 * Node script). Linux: the process tree is sampled from /proc every 50 ms, so a process that
 * lives less than that may be missed and each one loses at most 50 ms of CPU time.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface ProcessCost {
  /** Elapsed time, ms. */
  wallMs: number;
  /** CPU time (user + system) of the whole process tree, ms. */
  cpuMs: number;
  /** The largest resident memory of one process of the tree (its high-water mark), bytes. */
  peakBytes: number;
  /** Everything the command printed (stdout then stderr). */
  output: string;
}

const SAMPLE_MS = 50;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Sample {
  cpuTicks: number;
  peakBytes: number;
}

/** Parent of each process, and its CPU ticks, from /proc/<pid>/stat. */
async function readProcesses(): Promise<Map<number, { ppid: number; ticks: number }>> {
  const processes = new Map<number, { ppid: number; ticks: number }>();
  const names = (await readdir('/proc')).filter((n) => /^\d+$/.test(n));
  await Promise.all(
    names.map(async (name) => {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
      if (stat === null) return;
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(name), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    }),
  );
  return processes;
}

async function highWaterMark(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8').catch(() => '');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kb === undefined ? 0 : Number(kb) * 1024;
}

/** The tree under `root` now: updates each process's last CPU ticks and peak memory. */
async function sampleTree(root: number, seen: Map<number, Sample>): Promise<void> {
  const processes = await readProcesses();
  const tree = new Set([root]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const [pid, p] of processes) {
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grown = true;
      }
    }
  }
  await Promise.all(
    [...tree].map(async (pid) => {
      const p = processes.get(pid);
      if (p === undefined) return;
      const peakBytes = await highWaterMark(pid);
      const before = seen.get(pid);
      seen.set(pid, { cpuTicks: p.ticks, peakBytes: Math.max(peakBytes, before?.peakBytes ?? 0) });
    }),
  );
}

/** Runs `command args` in `cwd` with `env`; rejects with its output when it exits with an error. */
export function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ProcessCost> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const seen = new Map<number, Sample>();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let sampling = Promise.resolve();
    const timer = setInterval(() => {
      if (child.pid !== undefined) sampling = sampling.then(() => sampleTree(child.pid as number, seen));
    }, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      void sampling.then(() => {
        const output = `${stdout}${stderr}`;
        if (code !== 0) {
          reject(new Error(`${command} ${args.join(' ')} : sortie ${String(code)}\n${output.slice(-4000)}`));
          return;
        }
        const samples = [...seen.values()];
        resolve({
          wallMs,
          cpuMs: (samples.reduce((sum, s) => sum + s.cpuTicks, 0) * 1000) / TICKS_PER_SECOND,
          peakBytes: Math.max(0, ...samples.map((s) => s.peakBytes)),
          output,
        });
      });
    });
  });
}
