// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** Public address of the site: set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://reperes-numeriques.example.org';

export default defineConfig({
  site,
  output: 'static',
  // Sitemap of every HTML page (sitemap-index.xml), announced in /robots.txt.
  integrations: [sitemap()],
  trailingSlash: 'always',
  outDir: process.env.REPERES_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  // Every script is a file, never inlined into a page: the Content-Security-Policy of the server
  // (deploy/nginx) allows scripts from the site itself only, no inline code.
  vite: { build: { assetsInlineLimit: 0 } },
});
