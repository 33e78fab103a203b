import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CSV_FILES, routes } from '../../src/lib/site/routes.ts';
import { auditPage, describeViolations, openContext } from '../support/browser.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

// The roadmap and the observatory count the demo feeds of content/ as shipped.
const site = useServedSite(territorySite);
const builtSiteDir = territorySite.dist;
const html = (url: string) => readFile(path.join(builtSiteDir, url, 'index.html'), 'utf8');

const CHART_PAGES = [
  routes.observatory(),
  routes.observatoryDimension('communes'),
  routes.observatoryDimension('themes'),
  routes.observatoryDimension('publics'),
  routes.observatoryDimension('axes'),
  routes.whiteZones(),
  routes.whiteZonesNeed('demarches'),
  routes.whiteZonesNeed('professionnels'),
];
const PAGES = [
  ...CHART_PAGES,
  routes.copil(),
  routes.roadmap(),
  routes.roadmapAction(1),
  routes.roadmapAction(5),
  routes.roadmapAction(9),
  routes.roadmapAction(10),
  routes.roadmapAction(12),
];

/** A French number as the pages write it (`1 234,5`, `13 %`). */
const numberOf = (text: string) => Number(text.replace(/[\s\u202f\u00a0%]/g, '').replace(',', '.'));

interface ChartReading {
  table: string;
  column: number;
  title: string;
  desc: string;
  marks: { label: string; value: string; size: number }[];
  rows: Record<string, string>;
}

describe('the observatory’s charts', () => {
  it.each(CHART_PAGES)('%s: each chart says the same numbers as its table, in proportion', async (url) => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + url);
    const charts = await page.evaluate((): ChartReading[] =>
      [...document.querySelectorAll('svg.chart')].map((svg) => {
        const table = svg.getAttribute('data-table') ?? '';
        const column = Number(svg.getAttribute('data-column'));
        const labels = [...svg.querySelectorAll('.chart-label')].map((t) => t.textContent.trim());
        const values = [...svg.querySelectorAll('.chart-value')].map((t) => t.textContent.trim());
        const axis = Number(svg.querySelector('.chart-axis')?.getAttribute('y1') ?? 0);
        const sizes = [...svg.querySelectorAll('rect.chart-bar, circle.chart-symbol, circle.chart-point')].map((s) =>
          s.tagName === 'rect'
            ? Number(s.getAttribute('width'))
            : s.classList.contains('chart-point')
              ? axis - Number(s.getAttribute('cy'))
              : s.classList.contains('chart-symbol-zero')
                ? 0
                : Number(s.getAttribute('r')) ** 2,
        );
        const rows = Object.fromEntries(
          [...document.querySelectorAll(`#${table} tbody tr`)].map((tr) => [
            tr.querySelector('th')?.textContent.trim() ?? '',
            tr.querySelectorAll('td')[column]?.textContent.trim() ?? '',
          ]),
        );
        return {
          table,
          column,
          title: svg.querySelector('title')?.textContent ?? '',
          desc: svg.querySelector('desc')?.textContent ?? '',
          marks: labels.map((label, i) => ({ label, value: values[i] ?? '', size: sizes[i] ?? NaN })),
          rows,
        };
      }),
    );
    await context.close();
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.desc).toContain('tableau');
      expect(chart.marks.length).toBeGreaterThan(0);
      // Every mark's number is the table's, in the row of the same label.
      for (const mark of chart.marks) expect(chart.rows[mark.label], `${chart.table} : ${mark.label}`).toBe(mark.value);
      // Sizes (bar lengths, circle areas, heights above the axis) follow the numbers.
      const top = chart.marks.reduce((a, b) => (numberOf(b.value) > numberOf(a.value) ? b : a));
      // All zero (no session soon for a need anywhere): no mark has a size.
      if (numberOf(top.value) === 0) {
        expect(chart.marks.map((m) => m.size)).toEqual(chart.marks.map(() => 0));
        continue;
      }
      for (const mark of chart.marks) {
        const expected = numberOf(mark.value) / numberOf(top.value);
        expect(mark.size / top.size, `${chart.table} : ${mark.label}`).toBeCloseTo(expected, 1);
      }
    }
  });
});

describe('the roadmap and observatory pages', () => {
  it.each(PAGES)(
    '%s has no axe violation, no script but the page’s age notice, no third-party request',
    async (url) => {
      // The charts are drawn at build time; the one script is the notice of a page read days after its data.
      const scripts = (await html(url)).match(/<script[^>]*>/g) ?? [];
      expect(scripts.filter((tag) => !/\/PageAge\.astro_astro_type_script/.test(tag))).toEqual([]);
      const { violations, blocked } = await auditPage(site.browser, site.url, url);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(blocked).toEqual([]);
    },
  );

  it('shows the 5 axes and the 12 actions, each linking to its page', async () => {
    const text = await html(routes.roadmap());
    for (const axis of [1, 2, 3, 4, 5]) expect(text).toContain(`Axe ${String(axis)} :`);
    for (let id = 1; id <= 12; id++) expect(text).toContain(`href="${routes.roadmapAction(id)}"`);
  });

  it('puts the OpenLab hours of each FabLab site beside the roadmap’s 21 h, 9 h and 9 h', async () => {
    const { context } = await openContext(site.browser, site.url, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + routes.roadmapAction(9));
    const rows = await page
      .locator('#action-9-semaines tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent.trim())),
      );
    await context.close();
    expect(rows).toEqual([
      ['FabLab de Janzé', '21 h'],
      ['FabLab de Retiers', '9 h (au lieu de 6 h)'],
      ['FabLab d’Amanlis', '9 h'],
    ]);
  });

  it('counts the FabLab éphémère sessions per commune, the south of the territory included', async () => {
    const text = await html(routes.roadmapAction(10));
    const table = /<table class="figures" id="action-10-communes">[\s\S]*?<\/table>/.exec(text)?.[0] ?? '';
    for (const commune of ['Eancé (sud)', 'Martigné-Ferchaud (sud)', 'Coësmes (sud)', 'Thourie (sud)']) {
      expect(table).toContain(commune);
    }
  });

  it('marks on each need’s map exactly the communes its table calls white zones, not by colour alone', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + routes.whiteZonesNeed('demarches'));
    const reading = await page.evaluate(() => {
      const circles = [...document.querySelectorAll('svg.chart circle.chart-symbol')];
      const labels = [...document.querySelectorAll('svg.chart .chart-label')].map((t) => t.textContent.trim());
      const width = (c: Element) => getComputedStyle(c).strokeWidth;
      return {
        marked: circles.flatMap((c, i) => (c.classList.contains('chart-symbol-marked') ? [labels[i]] : [])),
        markedWidths: [...new Set(circles.filter((c) => c.classList.contains('chart-symbol-marked')).map(width))],
        otherWidths: [...new Set(circles.filter((c) => !c.classList.contains('chart-symbol-marked')).map(width))],
        white: [...document.querySelectorAll('#zones-besoin tbody tr')].flatMap((tr) =>
          tr.querySelectorAll('td')[2]?.textContent.trim() === 'oui'
            ? [tr.querySelector('th')?.textContent.trim()]
            : [],
        ),
        legend: [...document.querySelectorAll('.chart-source')].some((p) => p.textContent.includes('Légende')),
      };
    });
    await context.close();
    expect(reading.white.length).toBeGreaterThan(0);
    expect(reading.marked).toEqual(reading.white);
    expect(reading.legend).toBe(true);
    for (const other of reading.otherWidths) expect(reading.markedWidths).not.toContain(other);
  });

  it('says when the data cannot measure an action', async () => {
    expect(await html(routes.roadmapAction(5))).toContain('Les données du site ne permettent pas de le mesurer');
  });

  it('links every indicator file from the open data page, each a CSV for French spreadsheets', async () => {
    const page = await html(routes.openData());
    for (const file of INDICATOR_CSV_FILES) {
      expect(page).toContain(`href="${routes.indicatorCsv(file)}"`);
      const csv = await readFile(path.join(builtSiteDir, routes.indicatorCsv(file)), 'utf8');
      expect(csv.startsWith('\uFEFF'), file).toBe(true);
      expect(csv.split('\r\n')[0], file).toMatch(/^\uFEFF[a-z_0-9]+(;[a-z_0-9]+)+$/);
    }
  });

  it('prints the COPIL summary on one A4 page', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + routes.copil());
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await context.close();
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
