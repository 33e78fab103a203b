import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What loading one built page costs, as a browser on an empty cache would fetch it (map tiles excluded). */
export interface PageWeight {
  /** Public URL (`/lieux/fablab-janze/`). */
  url: string;
  /** Gzip bytes of the HTML alone. */
  htmlBytes: number;
  /** Gzip bytes of the HTML and every local resource it loads. */
  transferBytes: number;
  /** Gzip bytes of JavaScript (files and inline scripts). */
  jsBytes: number;
  /** Requests: the page, its scripts (with their imports), stylesheets, icon and local images. */
  requests: number;
  /** Elements in the DOM as served. */
  elements: number;
  /** Custom elements (interactive parts) on the page. */
  customElements: string[];
  /** The local files it loads, relative to the site root (`_astro/leaflet-src.….js`). */
  resources: string[];
}

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Gzip size of each local resource, read once: every page of a site loads the same few files. */
const resourceSizes = new Map<string, number>();
const resourceSize = (file: string) => {
  let size = resourceSizes.get(file);
  if (size === undefined) resourceSizes.set(file, (size = gzipSize(readFileSync(file))));
  return size;
};

/** Local files a JS module pulls in, by module file: read once. */
const moduleDepsCache = new Map<string, string[]>();

/** Every `index.html` of a built site, as public URLs. */
export function listPages(dist: string, dir = ''): string[] {
  const here = path.join(dist, dir);
  return readdirSync(here).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(here, name)).isDirectory()) return listPages(dist, rel);
    return name === 'index.html' ? [`/${dir === '' ? '' : `${dir}/`}`] : [];
  });
}

/** Local files a JS module pulls in: static and dynamic imports, preload lists. */
function moduleDeps(dist: string, file: string): string[] {
  const cached = moduleDepsCache.get(file);
  if (cached !== undefined) return cached;
  const text = readFileSync(file, 'utf8');
  const refs = [...text.matchAll(/["'`]((?:\.{1,2}\/|\/_astro\/|_astro\/)[^"'`]+?\.(?:js|mjs|css))["'`]/g)].map(
    (m) => m[1] ?? '',
  );
  const deps = refs
    .map((ref) =>
      ref.startsWith('.') ? path.resolve(path.dirname(file), ref) : path.join(dist, ref.replace(/^\//, '')),
    )
    .filter((f) => existsSync(f));
  moduleDepsCache.set(file, deps);
  return deps;
}

/** The local resources of a page, JS imports followed, each once. */
function resourcesOf(dist: string, html: string): string[] {
  const attrs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\srel="(?:stylesheet|icon|modulepreload|preload)"[^>]*\shref="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\shref="([^"]+)"[^>]*\srel="(?:stylesheet|icon|modulepreload|preload)"/g),
    ...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const local = attrs
    .filter((u) => u.startsWith('/') && !u.startsWith('//'))
    .map((u) => path.join(dist, u.split(/[?#]/)[0] ?? ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    if (/\.m?js$/.test(file)) for (const dep of moduleDeps(dist, file)) visit(dep);
  };
  for (const file of local) visit(file);
  return [...seen];
}

/** Weighs one built page. */
export function weighPage(dist: string, url: string): PageWeight {
  const html = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
  const resources = resourcesOf(dist, html);
  const inlineJs = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '');
  const jsFiles = resources.filter((f) => /\.m?js$/.test(f));
  const htmlBytes = gzipSize(html);
  const withoutRaw = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '<$1></$1>');
  return {
    url,
    htmlBytes,
    transferBytes: htmlBytes + resources.reduce((sum, f) => sum + resourceSize(f), 0),
    jsBytes: jsFiles.reduce((sum, f) => sum + resourceSize(f), 0) + inlineJs.reduce((s, c) => s + gzipSize(c), 0),
    requests: 1 + resources.length,
    elements: (withoutRaw.match(/<[a-zA-Z][\w-]*/g) ?? []).length,
    resources: resources.map((f) => path.relative(dist, f)),
    customElements: [...new Set([...withoutRaw.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>]/g)].map((m) => m[1] ?? ''))],
  };
}
