/**
 * The directory of a generated territory: `count` places spread over the real communes (more in
 * the larger ones), of every kind, with realistic hours, services, publics and a few itinerant
 * services stopping in several communes. Deterministic for a given count.
 */
import { stringify } from 'yaml';
import type { Commune, Place } from '../../../src/lib/domain/index.ts';
import { chooserFrom, type Chooser } from '../random.ts';

/** A generated place: its id (file name) and its file's text (`places/<id>.md`). */
export interface GeneratedPlace {
  id: string;
  name: string;
  commune: Commune;
  themes: string[];
  text: string;
}

/** Kinds and how often they occur, with a name and the themes they usually help with. */
const KINDS = [
  { kind: 'mediatheque', weight: 14, name: 'Médiathèque', themes: ['bases', 'acces-materiel', 'culture-numerique'] },
  { kind: 'association', weight: 24, name: 'Association numérique', themes: ['bases', 'reparation', 'securite'] },
  { kind: 'mairie', weight: 18, name: 'Permanence numérique de la mairie', themes: ['demarches', 'bases'] },
  { kind: 'france-services', weight: 3, name: 'France Services', themes: ['demarches', 'emploi-formation'] },
  { kind: 'fablab', weight: 6, name: 'FabLab', themes: ['fabrication', 'culture-numerique'] },
  { kind: 'tiers-lieu', weight: 7, name: 'Tiers-lieu', themes: ['culture-numerique', 'emploi-formation'] },
  { kind: 'pij', weight: 5, name: 'Point Information Jeunesse', themes: ['emploi-formation', 'securite'] },
  { kind: 'emploi', weight: 7, name: 'Espace emploi', themes: ['emploi-formation', 'demarches'] },
  { kind: 'evs', weight: 8, name: 'Espace de vie sociale', themes: ['parentalite', 'bases'] },
  { kind: 'bus-france-services', weight: 1, name: 'Bus numérique', themes: ['demarches', 'bases'] },
] as const;

const HOURS = [
  'Tu 16:00-18:30; We 10:00-12:30,14:00-18:00; Fr 16:00-18:30; Sa 10:00-12:30,14:00-17:00',
  'Mo-Fr 09:00-12:30,13:30-17:00',
  'Mo,Th 09:00-12:00; Sa 09:00-11:30',
  'We 14:00-18:00; Sa 10:00-12:00',
  'Tu 14:00-17:00; Fr 09:00-12:00',
  'Mo-Fr 09:00-12:30; Tu,Th 13:30-17:00',
  'Th 18:00-21:00',
  'Tu-Fr 14:00-18:00; Sa 10:00-12:00,14:00-17:00',
];
const STOP_HOURS = ['Mo[1,3] 09:30-12:00', 'Tu[2,4] 14:00-16:30', 'We[1,3] 14:00-16:30', 'Fr[2,4] 09:30-12:00'];
const PUBLICS = ['jeunes', 'seniors', 'familles', 'demandeurs-emploi', 'professionnels', 'etudiants'];
const HELPS = [
  'Déclarer ses impôts en ligne',
  'Prendre en main son smartphone',
  'Envoyer un mail avec une pièce jointe',
  'Faire une demande à la CAF',
  'Imprimer ou scanner un document',
  'Réparer son ordinateur',
  'Reconnaître une arnaque par SMS',
];
const STREETS = ['rue de la Mairie', 'place de l’Église', 'rue du Stade', 'rue des Écoles', 'avenue de la Gare'];

/** Communes drawn in proportion to their population (at least 1 000 inhabitants' weight each). */
function communeDrawer(communes: readonly Commune[], c: Chooser): () => Commune {
  const weights = communes.map((commune) => Math.max(1000, commune.population));
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let r = c.random() * total;
    for (const [i, commune] of communes.entries()) {
      r -= weights[i] ?? 0;
      if (r < 0) return commune;
    }
    return communes.at(-1) as Commune;
  };
}

function kindDrawer(c: Chooser): () => (typeof KINDS)[number] {
  const total = KINDS.reduce((a, k) => a + k.weight, 0);
  return () => {
    let r = c.random() * total;
    for (const kind of KINDS) {
      r -= kind.weight;
      if (r < 0) return kind;
    }
    return KINDS[0];
  };
}

/** A point within about 2 km of a commune's centre. */
const near = (commune: Commune, c: Chooser) => ({
  lat: Math.round((commune.centroid.lat + (c.random() - 0.5) * 0.03) * 1e4) / 1e4,
  lon: Math.round((commune.centroid.lon + (c.random() - 0.5) * 0.04) * 1e4) / 1e4,
});

function placeOf(
  index: number,
  commune: Commune,
  kind: (typeof KINDS)[number],
  communes: readonly Commune[],
  c: Chooser,
) {
  const itinerant = kind.kind === 'bus-france-services';
  const stops = itinerant
    ? Array.from({ length: 6 }, (_, s) => {
        const at = communes[(index + s * 3) % communes.length] as Commune;
        return {
          commune: at.insee,
          location: 'Parking de la mairie',
          coordinates: near(at, c),
          openingHours: c.pick(STOP_HOURS),
        };
      })
    : [];
  const hours = itinerant || c.random() < 0.1 ? undefined : c.pick(HOURS);
  const themes = [...new Set([c.pick(kind.themes), c.pick(kind.themes)])];
  const publics = c.random() < 0.3 ? [...new Set([c.pick(PUBLICS), c.pick(PUBLICS)])] : [];
  const place: Place = {
    name: `${kind.name} ${String(index + 1)}, ${commune.name}`,
    kind: kind.kind,
    address: {
      street: `${String(c.between(1, 40))} ${c.pick(STREETS)}`,
      postalCode: commune.postalCode,
      commune: commune.insee,
    },
    coordinates: near(commune, c),
    ...(hours === undefined
      ? { hoursNote: 'Sur rendez-vous, aux heures d’ouverture de la structure.' }
      : { openingHours: hours }),
    ...(c.random() < 0.7
      ? { phone: `02 99 ${String(c.between(10, 99))} ${String(c.between(10, 99))} ${String(c.between(10, 99))}` }
      : {}),
    themes,
    helpsWith: [c.pick(HELPS), c.pick(HELPS)].filter((h, i, all) => all.indexOf(h) === i),
    publics,
    fees: [c.pick(['gratuit', 'gratuit', 'payant', 'gratuit-sous-condition'])],
    accompaniments: [c.pick(['autonomie', 'individuel', 'atelier-collectif'])],
    accessibility: { wheelchair: c.random() < 0.5 ? true : null, hearingLoop: null },
    toBring: c.random() < 0.5 ? ['Une pièce d’identité', 'Vos identifiants si vous en avez'] : [],
    stops,
    toConfirm: c.random() < 0.4 ? ['openingHours', 'coordinates'] : false,
    actions: [],
  };
  return place;
}

/** `count` places over `communes`: ids `<kind>-<commune slug>-<n>`. */
export function generatePlaces(count: number, communes: readonly Commune[], seed = 7): GeneratedPlace[] {
  const c = chooserFrom(seed);
  const drawCommune = communeDrawer(communes, c);
  const drawKind = kindDrawer(c);
  return Array.from({ length: count }, (_, index) => {
    const commune = drawCommune();
    const kind = index === 0 ? KINDS[3] : drawKind();
    const place = placeOf(index, commune, kind, communes, c);
    const id = `${kind.kind}-${commune.slug}-${String(index + 1)}`;
    const body = `${place.name} : un lieu généré pour mesurer le site à grande échelle. On y est aidé avec le numérique, sur place ou sur rendez-vous.`;
    return { id, name: place.name, commune, themes: place.themes, text: `---\n${stringify(place)}---\n\n${body}\n` };
  });
}
