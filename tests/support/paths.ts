import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Scratch space for test outputs (git-ignored). */
export const outputDir = path.join(root, 'tests/.output');
/** The site built once for the `site` project by global-setup.ts. */
export const builtSiteDir = path.join(outputDir, 'site/dist');
/** The content copy the test site was built from. */
export const builtContentDir = path.join(outputDir, 'site/content');
/** The fixed "now" of the test site: a Tuesday morning in winter time. */
export const TEST_NOW = '2026-12-01T09:00:00+01:00';
/** The generated territory of scale (b) (100 sources, 200 places), built by scale-site-setup.ts. */
export const scaleSiteDir = path.join(outputDir, 'scale-b/dist');
/** The content it was built from. */
export const scaleContentDir = path.join(outputDir, 'scale-b/content');
