/**
 * The printable programmes: `/programme/` names each commune's programme of the quarter
 * (`/programme/<commune>/trimestre/`) and poster of the month (`/programme/<commune>/`); each is
 * cut into pages of `PROGRAMME_PAGE_ENTRIES` entries, so a busy commune's stays bounded.
 */
import type { Commune } from '../lib/domain/index.ts';
import {
  buildProgramme,
  posterPeriod,
  posterPlaces,
  quarterPeriod,
  type Programme,
} from '../lib/export/build-programme.ts';
import { absoluteUrl } from '../lib/export/export-context.ts';
import { paginateProgramme, programmeSize } from '../lib/export/paginate-programme.ts';
import { qrSvg } from '../lib/export/qr-svg.ts';
import { formatDayLabel, formatMonth } from '../lib/format/format-date.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { fitTitle } from '../lib/site/page-title.ts';
import type { PagePosition } from '../lib/site/paginate.ts';
import { pageParam, routes } from '../lib/site/routes.ts';
import { programmeText } from '../lib/site/strings/programme.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';
import { summaryOf } from './place-pages.ts';

/** Entries (regular meetings and dated events) per page: keeps a page under the 600-element budget. */
export const PROGRAMME_PAGE_ENTRIES = 50;
/**
 * Entries on one poster sheet: a poster is in large print (14 pt, two columns) and a sheet must print
 * on at most two A4 pages with its QR code; a busy month continues on further sheets.
 */
export const POSTER_SHEET_ENTRIES = 8;
/** Places a poster names under « Pour être aidé toute l’année » (the QR code leads to the others). */
export const POSTER_PLACES = 8;

/** The programme of each commune over a period, by INSEE code: each commune's own occurrences. */
function communeProgrammes(build: BuildContext, from: string, to: string): Map<string, Programme> {
  return new Map(
    build.communes.map((c) => [
      c.insee,
      buildProgramme(build.occurrencesByCommune.get(c.insee) ?? [], build.exports, from, to),
    ]),
  );
}

let quarter: Promise<{ label: string; title: string; programmes: Map<string, Programme> }> | undefined;

/** The quarter's programmes, made once per build (the index and the commune pages read them). */
function quarterProgrammes() {
  quarter ??= getBuildContext().then((build) => {
    const { from, to } = quarterPeriod(build.now);
    const label = programmeText.period(
      formatDayLabel(from, { withYear: true }),
      formatDayLabel(to, { withYear: true }),
    );
    const title = fitTitle([
      `${programmeText.title} – ${label}`,
      programmeText.shortTitle(formatMonth(from), formatMonth(to)),
    ]);
    return { label, title, programmes: communeProgrammes(build, from, to) };
  });
  return quarter;
}

/** One commune on `/programme/`: its quarter's programme (how many entries) and its poster. */
export interface ProgrammeLink {
  commune: Pick<Commune, 'name' | 'slug'>;
  entries: number;
  quarter: string;
  poster: string;
}

/** `/programme/`: the quarter, and each commune's programme and poster. */
export async function programmeIndex(): Promise<{ period: string; title: string; communes: ProgrammeLink[] }> {
  const build = await getBuildContext();
  const { label, title, programmes } = await quarterProgrammes();
  return {
    period: label,
    title,
    communes: build.communes.map(({ insee, name, slug }) => ({
      commune: { name, slug },
      entries: programmeSize(programmes.get(insee) ?? { from: '', to: '', regulars: [], days: [] }),
      quarter: routes.programmeQuarter(slug),
      poster: routes.programmeCommune(slug),
    })),
  };
}

/** The pages of one commune's programme under `base`, each with its position. */
function pagesOf(programme: Programme, base: string, size = PROGRAMME_PAGE_ENTRIES) {
  return paginateProgramme(programme, size).map((page, i, all) => ({
    page: pageParam(i + 1),
    programme: page,
    position: { page: i + 1, pages: all.length, base } satisfies PagePosition,
  }));
}

/** `/programme/<commune>/trimestre/`, `…/page-2/`…: a commune's programme of the quarter. */
export async function quarterPaths() {
  const build = await getBuildContext();
  const { label, programmes } = await quarterProgrammes();
  return build.communes.flatMap((commune) => {
    const programme = programmes.get(commune.insee) ?? { from: '', to: '', regulars: [], days: [] };
    return pagesOf(programme, routes.programmeQuarter(commune.slug)).map(({ page, ...props }) => ({
      params: { commune: commune.slug, page },
      props: { commune, period: label, ...props },
    }));
  });
}

/** A place a poster gives, and where to find it in the commune. */
export interface PosterPlace {
  summary: PlaceSummary;
  location: string;
}

/** `/programme/<commune>/`, `…/page-2/`…: a commune's A4 poster of the month, its places and QR code on each sheet. */
export async function posterPaths() {
  const build = await getBuildContext();
  const { from, to } = posterPeriod(build.now);
  const programmes = communeProgrammes(build, from, to);
  return build.communes.flatMap((commune) => {
    const places: PosterPlace[] = posterPlaces(build.places, commune.insee)
      .slice(0, POSTER_PLACES)
      .map(({ place, location }) => ({ summary: summaryOf(build, place), location }));
    const communeUrl = absoluteUrl(build.exports, routes.commune(commune.slug));
    const qr = qrSvg(communeUrl);
    const programme = programmes.get(commune.insee) ?? { from, to, regulars: [], days: [] };
    return pagesOf(programme, routes.programmeCommune(commune.slug), POSTER_SHEET_ENTRIES).map(
      ({ page, ...props }) => ({
        params: { commune: commune.slug, page },
        props: { commune, places, communeUrl, qr, ...props },
      }),
    );
  });
}
