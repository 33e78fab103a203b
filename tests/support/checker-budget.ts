import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.ts';

/** The feed checker's page: the one page allowed a parser's worth of JavaScript. */
export const CHECKER_PAGE = '/partenaires/verifier/';

/**
 * The JavaScript budget of the checker page as the README declares it (« Budget JavaScript de la
 * page du vérificateur : N Ko »), in bytes: the README is where it is decided, the tests hold it.
 */
export function checkerJsBudget(): number {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const declared = /Budget JavaScript de la page du vérificateur\s*:\s*(\d+)\s*Ko/.exec(readme)?.[1];
  if (declared === undefined) throw new Error('README.md ne déclare plus le budget JavaScript du vérificateur');
  return Number(declared) * 1024;
}
