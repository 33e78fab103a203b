/**
 * `npm run measure-checker [-- <dist>]`: what the feed checker page (/partenaires/verifier/) costs
 * in JavaScript, compressed as the budget test compresses (gzip -9):
 * - the scripts of the built page (default `dist/`, after `npm run build`): its element and its
 *   worker — the worker is the parser, the nightly run's own code and libraries;
 * - what each library adds to the worker: the worker bundled again with Vite, then once more
 *   without that library (its imports replaced by an empty stand-in), the difference printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const WORKER = 'src/client/feed-check-worker.ts';
/** The libraries of the worker and the names it imports from each. */
const LIBRARIES: Record<string, string[]> = {
  zod: ['z', 'config'],
  'ical.js': ['default'],
  'html-to-text': ['compile'],
  papaparse: ['default'],
  'windows-iana': ['IANA_ALIAS_MAP', 'WINDOWS_TO_IANA_MAP'],
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/** The checker page's scripts in a built site: each file its page or worker loads, gzipped. */
function builtScripts(dist: string): { file: string; gz: number }[] {
  const html = readFileSync(path.join(dist, 'partenaires/verifier/index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="\/_astro\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(dist, '_astro', file), 'utf8');
    for (const m of code.matchAll(/\/_astro\/([\w.-]+\.js)/g)) visit(m[1] ?? '');
    for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(m[1] ?? '');
  };
  files.forEach(visit);
  return [...seen].map((file) => ({ file, gz: gzip(readFileSync(path.join(dist, '_astro', file))) }));
}

/** Replaces a library by a stand-in exporting the same names (never run: the bundle is only weighed). */
function without(library: string): Plugin {
  const id = `\0sans-${library}`;
  return {
    name: `sans-${library}`,
    enforce: 'pre',
    resolveId: (source) => (source === library ? id : null),
    load: (loaded) => {
      if (loaded !== id) return null;
      const names = LIBRARIES[library] ?? [];
      return [
        'const stub = new Proxy(function () {}, { get: () => stub, apply: () => stub });',
        ...names.map((name) => (name === 'default' ? 'export default stub;' : `export const ${name} = stub;`)),
      ].join('\n');
    },
  };
}

/** The worker bundled alone, minified (gzip bytes). */
async function bundledWorker(plugins: Plugin[] = []): Promise<number> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins,
    build: { write: false, minify: true, lib: { entry: WORKER, formats: ['es'], fileName: 'worker' } },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (result === undefined || !('output' in result)) throw new Error('bundle du worker introuvable');
  return result.output.reduce((sum, chunk) => sum + (chunk.type === 'chunk' ? gzip(chunk.code) : 0), 0);
}

async function main(): Promise<void> {
  const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
  if (readdirSync(dist).length > 0) {
    const scripts = builtScripts(dist);
    console.log(`Page /partenaires/verifier/ (${path.relative(root, dist) || dist}) :`);
    for (const s of scripts) console.log(`  ${s.file} : ${kb(s.gz)}`);
    console.log(`  total JavaScript : ${kb(scripts.reduce((sum, s) => sum + s.gz, 0))} (gzip -9)`);
  }
  const whole = await bundledWorker();
  console.log(`Worker seul, regroupé par Vite : ${kb(whole)} ; dont, retiré chacun à son tour :`);
  for (const library of Object.keys(LIBRARIES)) {
    console.log(`  ${library} : ${kb(whole - (await bundledWorker([without(library)])))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
