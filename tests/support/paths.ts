import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Scratch space for test outputs (git-ignored). */
export const outputDir = path.join(root, 'tests/.output');
/** The fixed "now" of the fixture site, a Tuesday morning in winter time (the territory site is a week later: shared-site.ts). */
export const TEST_NOW = '2026-12-01T09:00:00+01:00';
