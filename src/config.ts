/**
 * Build-time settings, read once from the environment. Pages import these instead of reading
 * `process.env` or the clock themselves.
 */

/** Folder of the content to build from (tests build from a copy). */
export const contentDir = process.env['REPERES_CONTENT_DIR'] ?? 'content';

/** The build's "now": `REPERES_NOW` (ISO 8601) for reproducible builds and tests, else the clock. */
export const buildNow: Date = (() => {
  const raw = process.env['REPERES_NOW'];
  if (raw === undefined || raw === '') return new Date();
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) throw new Error(`REPERES_NOW n'est pas une date ISO 8601 valide : « ${raw} »`);
  return parsed;
})();

/** Map tiles: URL template and attribution (default OpenStreetMap). */
export const tiles = {
  url: process.env['REPERES_TILES_URL'] ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: process.env['REPERES_TILES_ATTRIBUTION'] ?? '© les contributeurs d’OpenStreetMap',
};
