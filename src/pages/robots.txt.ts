import type { APIContext } from 'astro';
import { routes } from '../lib/site/routes.ts';

/** robots.txt: everything may be indexed; the sitemap's address follows the configured `site`. */
export function GET(context: APIContext) {
  const sitemap = new URL(routes.sitemapXml(), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
