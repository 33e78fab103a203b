/**
 * The yardstick of the scale bench: a bare Astro site of a given page count, built by the same
 * Astro and Vite with the same options as ours (astro.config.mjs: static output, trailing slash,
 * directory format, inlined styles, compressed HTML, sitemap, no inlined assets). Each page is
 * a layout with a title, a menu, a heading and a paragraph: what any site costs per page. As many
 * endpoints as ours (`.ics`, `.json`…: Astro renders and writes each like a page but does not
 * count it among its pages), each a line of text, so both builds write the same number of files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CONFIG = `import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bare.example.org',
  output: 'static',
  integrations: [sitemap()],
  trailingSlash: 'always',
  outDir: process.env.BARE_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
`;

const LAYOUT = `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/page-1/">Première page</a></li></ul></nav></header>
    <main><slot /></main>
    <footer><p>Site témoin</p></footer>
  </body>
</html>
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; }
</style>
`;

const PAGE = (count: number) => `---
import Layout from '../layouts/Layout.astro';

export function getStaticPaths() {
  return Array.from({ length: ${String(count - 1)} }, (_, i) => ({
    params: { slug: \`page-\${String(i + 1)}\` },
    props: { n: i + 1 },
  }));
}

const { n } = Astro.props;
---
<Layout title={\`Page \${String(n)}\`}>
  <h1>Page {n}</h1>
  <p>Une page du site témoin, numéro {n}.</p>
</Layout>
`;

const INDEX = `---
import Layout from '../layouts/Layout.astro';
---
<Layout title="Accueil"><h1>Accueil</h1><p>Le site témoin.</p></Layout>
`;

const ENDPOINT = (count: number) => `import type { APIContext } from 'astro';

export function getStaticPaths() {
  return Array.from({ length: ${String(count)} }, (_, i) => ({ params: { slug: \`donnee-\${String(i + 1)}\` } }));
}

export function GET({ params }: APIContext) {
  return new Response(\`Donnée \${String(params.slug)} du site témoin.\\n\`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
`;

/**
 * Writes the bare site of `files.pages` pages (an index and `pages − 1` generated ones) and
 * `files.endpoints` endpoints into `dir`, which must lie inside the repository so that Node finds
 * its `node_modules` (same Astro, same Vite).
 */
export async function writeBareSite(dir: string, files: { pages: number; endpoints: number }): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/layouts'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  await writeFile(path.join(dir, 'src/pages/index.astro'), INDEX);
  await writeFile(path.join(dir, 'src/pages/[slug].astro'), PAGE(files.pages));
  if (files.endpoints > 0) {
    await mkdir(path.join(dir, 'src/pages/donnees'), { recursive: true });
    await writeFile(path.join(dir, 'src/pages/donnees/[slug].txt.ts'), ENDPOINT(files.endpoints));
  }
}
