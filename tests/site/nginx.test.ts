import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { connectBrowser, openContext } from '../support/browser.ts';
import { root } from '../support/paths.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

const run = promisify(execFile);
const builtSiteDir = useTestSite(territorySite).dist;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
/** The default tile host (src/config.ts): the only third party, on map pages only. */
const TILE_HOST = 'https://tile.openstreetmap.org';

let dir: string;
let base: string;
let nginx: ChildProcess | undefined;
let browser: Browser;

/** The shipped server block, pointed at the built site and a free port, brotli enabled. */
async function siteConfig(port: number): Promise<string> {
  const shipped = await readFile(path.join(root, 'deploy/nginx/reperes-numeriques.conf'), 'utf8');
  return shipped
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('listen [::]:80;', '')
    .replace('root /var/www/reperes-numeriques/dist;', `root ${builtSiteDir};`)
    .replace(
      '# include /etc/nginx/snippets/reperes-numeriques-brotli.conf;',
      `include ${path.join(root, 'deploy/nginx/reperes-numeriques-brotli.conf')};`,
    );
}

function mainConfig(): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return [
    `load_module ${BROTLI};`,
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')};`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    `  include ${path.join(dir, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** One GET with exactly the headers given (fetch would add and decode Accept-Encoding itself). */
function get(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${pathname}`, { headers }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const header = (answer: Answer, name: string) => String(answer.headers[name] ?? '');
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

/** Every built HTML page, as a URL path. */
async function pages(folder = builtSiteDir, prefix = '/'): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...(await pages(path.join(folder, entry.name), `${prefix}${entry.name}/`)));
    else if (entry.name === 'index.html') found.push(prefix);
  }
  return found;
}

const htmlOf = (page: string) => readFile(path.join(builtSiteDir, page, 'index.html'), 'utf8');

beforeAll(async () => {
  if (NGINX === undefined || !existsSync(BROTLI))
    throw new Error(
      'nginx introuvable : ce test essaie la configuration livrée (deploy/nginx). Installez-le : ' +
        '`sudo apt-get install nginx-light libnginx-mod-http-brotli-filter`.',
    );
  dir = await mkdtemp(path.join(tmpdir(), 'reperes-nginx-'));
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  base = `http://127.0.0.1:${port}`;
  await writeFile(path.join(dir, 'site.conf'), await siteConfig(port));
  const conf = path.join(dir, 'nginx.conf');
  await writeFile(conf, mainConfig());
  await run(NGINX, ['-t', '-p', dir, '-c', conf]);
  nginx = spawn(NGINX, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && (await get('/').catch(() => null)) === null; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  browser = await connectBrowser(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser.close();
  nginx?.kill('SIGQUIT');
  if (nginx !== undefined && nginx.exitCode === null) await new Promise((resolve) => nginx?.on('exit', resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('deploy/nginx/reperes-numeriques.conf', () => {
  it('serves pages with a short cache and fingerprinted assets with a long one', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(header(home, 'content-type')).toBe('text/html; charset=utf-8');
    expect(header(home, 'cache-control')).toBe('public, max-age=300, must-revalidate');
    const asset = (await readdir(path.join(builtSiteDir, '_astro'))).find((n) => n.endsWith('.js'));
    const script = await get(`/_astro/${asset ?? ''}`);
    expect(script.status).toBe(200);
    expect(header(script, 'cache-control')).toBe('public, max-age=31536000, immutable');
    const redirect = await get('/agenda');
    expect([redirect.status, header(redirect, 'location')]).toEqual([301, '/agenda/']);
  });

  it('gives feeds their types: text/calendar, application/rss+xml, text/csv', async () => {
    const calendar = await get('/agenda.ics');
    expect(header(calendar, 'content-type')).toBe('text/calendar; charset=utf-8');
    expect(header(calendar, 'cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(header(await get('/rss.xml'), 'content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(header(await get('/sitemap-index.xml'), 'content-type')).toMatch(/^(?:application|text)\/xml/);
    expect(header(await get('/donnees/lieux-mediation-numerique.csv'), 'content-type')).toBe('text/csv; charset=utf-8');
  });

  it('compresses with brotli or gzip, as the browser asks', async () => {
    expect(header(await get('/', { 'accept-encoding': 'br, gzip' }), 'content-encoding')).toBe('br');
    expect(header(await get('/agenda.ics', { 'accept-encoding': 'gzip' }), 'content-encoding')).toBe('gzip');
    expect(header(await get('/', {}), 'content-encoding')).toBe('');
  });

  it('answers a calendar app that asks again with 304 Not Modified: a subscriber downloads a calendar once per build', async () => {
    const first = await get('/agenda.ics', { 'accept-encoding': 'gzip' });
    const again = await get('/agenda.ics', {
      'accept-encoding': 'gzip',
      'if-none-match': header(first, 'etag'),
      'if-modified-since': header(first, 'last-modified'),
    });
    expect(header(first, 'etag')).not.toBe('');
    expect(again.status).toBe(304);
  });

  it('sends the security headers on every answer, errors included', async () => {
    for (const answer of [await get('/'), await get('/page-absente/')]) {
      expect(header(answer, 'x-content-type-options')).toBe('nosniff');
      expect(header(answer, 'x-frame-options')).toBe('DENY');
      expect(header(answer, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(directive(header(answer, 'content-security-policy'), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    }
  });

  it('allows map tiles from the tile host on the pages that show a map, and only there', async () => {
    const all = await pages();
    const withTiles: string[] = [];
    for (const page of all) if ((await htmlOf(page)).includes(TILE_HOST)) withTiles.push(page);
    expect(withTiles).toContain('/carte/');
    for (const page of all) {
      const imgSrc = directive(header(await get(page), 'content-security-policy'), 'img-src');
      expect(imgSrc.includes(TILE_HOST), page).toBe(withTiles.includes(page));
    }
  });

  it('lets the feed checker, and only it, read a partner’s link on another https site', async () => {
    for (const page of await pages()) {
      const connectSrc = directive(header(await get(page), 'content-security-policy'), 'connect-src');
      expect(connectSrc, page).toBe(
        page === '/partenaires/verifier/' ? "connect-src 'self' https:" : "connect-src 'self'",
      );
    }
  });

  it('has no inline script to allow: every executable script of the site is a file', async () => {
    for (const page of await pages()) {
      const inline = [...(await htmlOf(page)).matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)]
        .map((m) => m[1] ?? '')
        .filter((attributes) => !/type="application\/(?:ld\+)?json"/.test(attributes));
      expect(inline, page).toEqual([]);
    }
  });

  it('lets the search, the map, a place page and the feed checker run in Chromium with no policy violation', async () => {
    const { context } = await openContext(browser, base);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const place = (await pages()).find((p) => p.startsWith('/lieux/') && p !== '/lieux/') ?? '/lieux/';
    for (const url of ['/recherche/', '/carte/', place, '/agenda/', '/partenaires/verifier/']) {
      await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
      if (url === '/recherche/') {
        await page.getByRole('searchbox').fill('tablette');
        await page.locator('[data-search-results] > li').first().waitFor();
      }
      if (url === '/partenaires/verifier/') {
        // The checker's worker runs the nightly code (zod included) under the site's policy.
        await page.setInputFiles('#verifier-fichier', path.join(root, 'tests/fixtures/feeds/ateliers.ics'));
        await page.locator('[data-checker-result]:not([hidden])').waitFor();
      }
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      expect(violations, url).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
