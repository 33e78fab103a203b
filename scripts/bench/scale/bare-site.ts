/**
 * The yardstick of the scale bench: a bare Astro site of a given page count, built by the same
 * Astro and Vite with the same options as ours (astro.config.mjs: static output, trailing slash,
 * directory format, inlined styles, compressed HTML, sitemap, no inlined assets). Each page is
 * a layout with a title, a menu, a heading and a paragraph: what any site costs per page. As many
 * endpoints as ours (`.ics`, `.json`…: Astro renders and writes each like a page but does not
 * count it among its pages), each a line of text, so both builds write the same number of files.
 *
 * With a `weight`, the same site with pages as heavy as our mean page: as many list items as our
 * page has elements, with as many bytes of text, and data files as long as ours. Not the target's
 * yardstick (DESIGN.md compares with the bare site): it tells how much of the gap is the sheer
 * amount of HTML every page carries.
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

/** `chars` characters of plain French text. */
const filler = (chars: number) => 'Une ligne du site témoin. '.repeat(Math.ceil(chars / 26)).slice(0, chars);

/** The bulk of a heavy page: `items` list items of `chars` characters of text each. */
const bulk = (items: number, chars: number) =>
  items === 0
    ? ''
    : `\n  <ul>{Array.from({ length: ${String(items)} }, (_, i) => <li>Ligne {i + 1} : {'${filler(chars)}'}</li>)}</ul>`;

const PAGE = (count: number, body: string) => `---
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
  <p>Une page du site témoin, numéro {n}.</p>${body}
</Layout>
`;

const INDEX = `---
import Layout from '../layouts/Layout.astro';
---
<Layout title="Accueil"><h1>Accueil</h1><p>Le site témoin.</p></Layout>
`;

const ENDPOINT = (count: number, chars: number) => `import type { APIContext } from 'astro';

export function getStaticPaths() {
  return Array.from({ length: ${String(count)} }, (_, i) => ({ params: { slug: \`donnee-\${String(i + 1)}\` } }));
}

export function GET({ params }: APIContext) {
  return new Response(\`Donnée \${String(params.slug)} du site témoin.\\n${filler(chars)}\`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
`;

/** How heavy the bare site's generated pages and data files are, to match ours (weigh-site.ts). */
export interface BareWeight {
  /** Bytes of a page's HTML as written. */
  pageBytes: number;
  /** DOM elements of a page. */
  elements: number;
  /** Bytes of a data file. */
  dataBytes: number;
}

/** What a page of the bare site is without bulk: its bytes and elements (measured on the built site). */
const BARE_PAGE = { bytes: 780, elements: 19 };
/** What one list item of the bulk adds besides its text (`<li>Ligne 123 : </li>`). */
const ITEM_BYTES = 20;
/** The first line of a data file, before its filler (`Donnée donnee-123 du site témoin.`). */
const DATA_LINE_BYTES = 40;

/**
 * Writes the bare site of `files.pages` pages (an index and `pages − 1` generated ones) and
 * `files.endpoints` endpoints into `dir`, which must lie inside the repository so that Node finds
 * its `node_modules` (same Astro, same Vite); with `weight`, its pages and data as heavy as those.
 */
export async function writeBareSite(
  dir: string,
  files: { pages: number; endpoints: number },
  weight?: BareWeight,
): Promise<void> {
  const items = weight === undefined ? 0 : Math.max(0, weight.elements - BARE_PAGE.elements - 1);
  const chars =
    weight === undefined || items === 0
      ? 0
      : Math.max(0, Math.round((weight.pageBytes - BARE_PAGE.bytes) / items) - ITEM_BYTES);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/layouts'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  await writeFile(path.join(dir, 'src/pages/index.astro'), INDEX);
  await writeFile(path.join(dir, 'src/pages/[slug].astro'), PAGE(files.pages, bulk(items, chars)));
  if (files.endpoints > 0) {
    await mkdir(path.join(dir, 'src/pages/donnees'), { recursive: true });
    await writeFile(
      path.join(dir, 'src/pages/donnees/[slug].txt.ts'),
      ENDPOINT(files.endpoints, Math.max(0, (weight?.dataBytes ?? 0) - DATA_LINE_BYTES)),
    );
  }
}
