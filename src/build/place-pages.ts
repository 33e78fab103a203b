/** The place pages and the commune pages (places near a commune, for a need or all of them). */
import type { Commune, Need, PlaceEntry } from '../lib/domain/index.ts';
import { filterPlaces } from '../lib/places/filter-places.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import type { Contact } from '../lib/places/contact.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { toPlaceView, type PlaceView } from '../lib/places/place-view.ts';
import { rankForCommune, type RankedPlace } from '../lib/places/rank-for-commune.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

/** How many places a "near me" answer shows. */
export const NEAREST_COUNT = 5;

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

/** Coming sessions in a commune and its neighbours, optionally for one need's themes or publics. */
export function sessionsNearCommune(build: BuildContext, commune: Commune, need?: Need, limit = 8): Session[] {
  const answers = (o: { themes: readonly string[]; publics: readonly string[] }) =>
    need === undefined ||
    o.themes.some((t) => need.themes.includes(t)) ||
    o.publics.some((p) => need.publics.includes(p));
  return nextSessions(build.upcomingAround.get(commune.insee) ?? [], build.sessionContext, limit, answers);
}

/** `/lieux/<id>/`: the place's full view and its next eight sessions. */
export async function placePaths() {
  const build = await getBuildContext();
  return build.places.map((place) => ({
    params: { slug: place.id },
    props: { view: placeView(build, place), sessions: sessionsAt(build, place.id, 8) },
  }));
}

/** `/communes/<slug>/`: every place from the nearest, the sessions around, the neighbours. */
export async function communePaths() {
  const build = await getBuildContext();
  return build.communes.map((commune) => ({
    params: { slug: commune.slug },
    props: {
      commune,
      needs: build.taxonomy.needs,
      near: nearCommune(build, commune).map((near) => ({ near, place: summaryOf(build, near.place) })),
      sessions: sessionsNearCommune(build, commune),
      neighbours: build.neighbours.get(commune.insee) ?? [],
    },
  }));
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
