/**
 * `node tests/support/compare-page-weights.ts <dist-before> <dist-after>`: the pages whose weight changed
 * between two built sites (transfer, JavaScript, requests, elements, as tests/site/budgets.test.ts
 * weighs them), new pages and pages gone.
 */
import path from 'node:path';
import { listPages, weighPage, type PageWeight } from '../../scripts/lib/page-weight.ts';

const [before, after] = process.argv.slice(2);
if (before === undefined || after === undefined) {
  console.error('Usage : node tests/support/compare-page-weights.ts <dist-avant> <dist-après>');
  process.exit(2);
}
// Absolute folders: weighPage follows a script's imports to absolute paths, and counts each file once only if its
// page's own references are absolute too.
const weigh = (dist: string) => {
  const absolute = path.resolve(dist);
  return new Map(listPages(absolute).map((url) => [url, weighPage(absolute, url)]));
};
const [a, b] = [weigh(before), weigh(after)];
const show = (w: PageWeight) =>
  `transfert ${w.transferBytes} o, JS ${w.jsBytes} o, ${w.requests} requêtes, ${w.elements} éléments`;
let unchanged = 0;
for (const [url, w] of b) {
  const old = a.get(url);
  if (old === undefined) console.log(`nouvelle  ${url} : ${show(w)}`);
  else if (show(old) !== show(w)) console.log(`changée   ${url} : ${show(old)} → ${show(w)}`);
  else unchanged++;
}
for (const url of a.keys()) if (!b.has(url)) console.log(`disparue  ${url}`);
console.log(`${unchanged} pages inchangées sur ${b.size}.`);
