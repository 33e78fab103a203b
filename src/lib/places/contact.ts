/**
 * Whom to contact about a place, so that no page says « appelez » or « réservez » without saying
 * whom: the place's own phone, email or website; else its organisation's (a place of the directory
 * named in `organisation`); else the intercommunality's (the directory's `epci` place), which
 * directs residents to the right service. Nothing is made up: only what the directory holds is
 * given, and what the partner has not confirmed is said so.
 */
import type { PlaceEntry } from '../domain/index.ts';
import { fieldsToConfirm } from '../domain/vocabulary.ts';
import { routes } from '../site/routes.ts';
import { phoneLink, type PhoneLink } from './place-summary.ts';

/** Who answers for the place: itself, its organisation, or the intercommunality. */
export type ContactWho = 'place' | 'organisation' | 'territory';

/** A way to reach a place, as pages show it. */
export interface Contact {
  who: ContactWho;
  /** The name of whom to contact (`Roche aux Fées Communauté`). */
  name: string;
  /** Its page on the site. */
  href: string;
  phone: PhoneLink | null;
  email: string | null;
  website: string | null;
  /** Its postal address (`16 rue Louis Pasteur, 35240 Retiers`): always known. */
  address: string;
  /** Some of the phone, email or website given awaits the partner's confirmation. */
  unconfirmed: boolean;
}

/** The directory, indexed for `contactOf`. */
export interface ContactDirectory {
  /** Places by id. */
  byId: ReadonlyMap<string, PlaceEntry>;
  /** The intercommunality's place (kind `epci`), if the directory has one. */
  territory: PlaceEntry | undefined;
  /** INSEE code → commune name. */
  communeNames: ReadonlyMap<string, string>;
}

/** Indexes the directory once per build. */
export function contactDirectory(
  places: readonly PlaceEntry[],
  communeNames: ReadonlyMap<string, string>,
): ContactDirectory {
  return {
    byId: new Map(places.map((p) => [p.id, p])),
    territory: places.find((p) => p.kind === 'epci'),
    communeNames,
  };
}

const MEANS = ['phone', 'email', 'website'] as const;

/** `true` when the place has a phone, an email or a website. */
function reachable(place: PlaceEntry): boolean {
  return MEANS.some((m) => place[m] !== undefined);
}

/** The place an `organisation` names: a place of the directory with that name (or that id). */
function organisationOf(place: PlaceEntry, directory: ContactDirectory): PlaceEntry | undefined {
  const name = place.organisation?.trim();
  if (name === undefined || name === '') return undefined;
  return directory.byId.get(name) ?? [...directory.byId.values()].find((p) => p.name === name && p.id !== place.id);
}

function toContact(who: ContactWho, place: PlaceEntry, directory: ContactDirectory): Contact {
  const toConfirm = fieldsToConfirm(place);
  const commune = directory.communeNames.get(place.address.commune) ?? place.address.commune;
  return {
    who,
    name: place.name,
    href: routes.place(place.id),
    phone: phoneLink(place.phone),
    email: place.email ?? null,
    website: place.website ?? null,
    address: `${place.address.street}, ${place.address.postalCode} ${commune}`,
    unconfirmed: MEANS.some((m) => place[m] !== undefined && toConfirm.has(m)),
  };
}

/**
 * How to reach a place: its own phone, email or website if it has any; else its organisation's,
 * if that has any; else the intercommunality's (with at least its address). A place the directory
 * cannot route anywhere gets its own address.
 */
export function contactOf(place: PlaceEntry, directory: ContactDirectory): Contact {
  if (reachable(place)) return toContact('place', place, directory);
  const organisation = organisationOf(place, directory);
  if (organisation !== undefined && reachable(organisation)) return toContact('organisation', organisation, directory);
  const { territory } = directory;
  if (territory !== undefined && territory.id !== place.id) return toContact('territory', territory, directory);
  return toContact('place', place, directory);
}
