/** The place pages and the commune pages (places near a commune, for a need or all of them). */
import type { Commune, Need, PlaceEntry } from '../lib/domain/index.ts';
import { filterPlaces } from '../lib/places/filter-places.ts';
import { nextSessions, toSession, type Session } from '../lib/places/next-sessions.ts';
import type { Contact } from '../lib/places/contact.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { toPlaceView, type PlaceView } from '../lib/places/place-view.ts';
import { rankForCommune, type RankedPlace } from '../lib/places/rank-for-commune.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

/** How many places a "near me" answer shows. */
export const NEAREST_COUNT = 5;
/** How many places a commune page lists, nearest first (the directory lists them all, page by page). */
export const COMMUNE_PLACES = 30;

/** A place's coming sessions, from the build's index of occurrences by place. */
export function sessionsAt(build: BuildContext, placeId: string, limit = 3): Session[] {
  return nextSessions(build.upcomingByPlace.get(placeId) ?? [], build.sessionContext, limit);
}

/** The summary of a place (every place has one). */
export function summaryOf(build: BuildContext, place: PlaceEntry): PlaceSummary {
  const summary = build.summaries.get(place.id);
  if (summary === undefined) throw new Error(`lieu « ${place.id} » absent du contexte de construction`);
  return summary;
}

/** How to reach a place (every place has a contact). */
export function contactAt(build: BuildContext, place: PlaceEntry): Contact {
  const contact = build.contacts.get(place.id);
  if (contact === undefined) throw new Error(`lieu « ${place.id} » absent du contexte de construction`);
  return contact;
}

/** The full view of a place, from the parts the build computed once; `themes` narrows "what to bring". */
export function placeView(build: BuildContext, place: PlaceEntry, themes?: readonly string[]): PlaceView {
  const parts = {
    place,
    summary: summaryOf(build, place),
    hours: build.hours.get(place.id) ?? { hours: null, stops: [] },
    sessions: sessionsAt(build, place.id),
    contact: contactAt(build, place),
  };
  return toPlaceView(parts, build.placeLookups, themes);
}

/**
 * The places serving a commune (see `rankForCommune`): in it, stopping there, then for a need its
 * reference service, then the nearest others.
 */
function nearCommune(build: BuildContext, commune: Commune, need?: Need, limit = Infinity): RankedPlace[] {
  const candidates = need === undefined ? build.places : filterPlaces(build.places, { need });
  return rankForCommune(candidates, commune, { reference: need?.reference, limit });
}

/** Whether an occurrence answers a need: one of its themes, or one of its publics. */
const answersNeed = (need: Need, o: { themes: readonly string[]; publics: readonly string[] }) =>
  o.themes.some((t) => need.themes.includes(t)) || o.publics.some((p) => need.publics.includes(p));

/** Sessions per need around each commune, by `<insee>|<limit>`, then need id: one pass per commune for all needs. */
const sessionsByNeed = new WeakMap<BuildContext, Map<string, Map<string, Session[]>>>();

function needSessionsAround(build: BuildContext, commune: Commune, limit: number): Map<string, Session[]> {
  let cache = sessionsByNeed.get(build);
  if (cache === undefined) sessionsByNeed.set(build, (cache = new Map<string, Map<string, Session[]>>()));
  const key = `${commune.insee}|${String(limit)}`;
  let byNeed = cache.get(key);
  if (byNeed !== undefined) return byNeed;
  byNeed = new Map(build.taxonomy.needs.map((n) => [n.id, [] as Session[]]));
  let open = build.taxonomy.needs.length;
  for (const o of build.upcomingAround.get(commune.insee) ?? []) {
    if (open === 0) break;
    for (const need of build.taxonomy.needs) {
      const list = byNeed.get(need.id) ?? [];
      if (list.length >= limit || !answersNeed(need, o)) continue;
      list.push(toSession(o, build.sessionContext));
      if (list.length === limit) open--;
    }
  }
  cache.set(key, byNeed);
  return byNeed;
}

/** Coming sessions in a commune and its neighbours, optionally for one need's themes or publics. */
export function sessionsNearCommune(build: BuildContext, commune: Commune, need?: Need, limit = 8): Session[] {
  if (need !== undefined) return needSessionsAround(build, commune, limit).get(need.id) ?? [];
  return nextSessions(build.upcomingAround.get(commune.insee) ?? [], build.sessionContext, limit);
}

/** `/lieux/<id>/`: the place's full view and its next eight sessions. */
export async function placePaths() {
  const build = await getBuildContext();
  return build.places.map((place) => ({
    params: { slug: place.id },
    props: { view: placeView(build, place), sessions: sessionsAt(build, place.id, 8) },
  }));
}

/**
 * `/communes/<slug>/`: the `COMMUNE_PLACES` nearest places (and how many more the directory
 * holds), the sessions around, the neighbours.
 */
export async function communePaths() {
  const build = await getBuildContext();
  return build.communes.map((commune) => {
    const near = nearCommune(build, commune, undefined, COMMUNE_PLACES + 1);
    return {
      params: { slug: commune.slug },
      props: {
        commune,
        needs: build.taxonomy.needs,
        near: near.slice(0, COMMUNE_PLACES).map((n) => ({ near: n, place: summaryOf(build, n.place) })),
        /** More places than listed: the page links to the directory. */
        truncated: near.length > COMMUNE_PLACES,
        sessions: sessionsNearCommune(build, commune),
        neighbours: build.neighbours.get(commune.insee) ?? [],
      },
    };
  });
}

/** `/communes/<slug>/<need>/`: the nearest places answering the need, as cards. */
export async function communeNeedPaths() {
  const build = await getBuildContext();
  return build.communes.flatMap((commune) =>
    build.taxonomy.needs.map((need) => ({
      params: { slug: commune.slug, need: need.id },
      props: {
        commune,
        need,
        needs: build.taxonomy.needs,
        near: nearCommune(build, commune, need, NEAREST_COUNT).map((near) => ({
          near,
          view: placeView(build, near.place, need.themes),
        })),
        sessions: sessionsNearCommune(build, commune, need, 5),
      },
    })),
  );
}
