// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { contentDir as configuredContentDir } from './src/config.ts';

/** Public address of the site: set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://reperes-numeriques.example.org';

/** Where the build reads its data (src/config.ts), as the dev server's watcher names its files. */
const contentDir = path.resolve(configuredContentDir);

/**
 * The dev server watches content/ (read by src/build/site-data.ts, not by a content collection):
 * a change there drops every server module, the build context with them, and reloads the page.
 * @returns {import('vite').Plugin}
 */
function reloadOnContentChange() {
  return {
    name: 'reperes-reload-on-content-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(contentDir);
      const reload = (/** @type {string} */ file) => {
        if (path.relative(contentDir, file).startsWith('..')) return;
        for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, reload);
    },
  };
}

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
  vite: { build: { assetsInlineLimit: 0 }, plugins: [reloadOnContentChange()] },
});
