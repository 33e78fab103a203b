import { z } from 'zod';
import { CoordinatesSchema, DateSchema, HttpUrlSchema, InseeSchema, PhoneSchema, SlugSchema } from './primitives.ts';
import { CONFIRMABLE_FIELDS } from './vocabulary.ts';

/** A postal address. */
export const AddressSchema = z.strictObject({
  /** Street and number, or a building name (`2 rue de la Mairie`). */
  street: z.string().min(1),
  /** Postal code (`35150`). */
  postalCode: z.string().regex(/^\d{5}$/),
  /** INSEE code of the commune; must be one of `content/communes.json`. */
  commune: z.string().regex(/^\d{5}$/),
});
export type Address = z.infer<typeof AddressSchema>;

/** Physical accessibility of a place. */
export const AccessibilitySchema = z.strictObject({
  /** Step-free access for wheelchairs (`null`: unknown). */
  wheelchair: z.boolean().nullable().default(null),
  /** A hearing loop is available (`null`: unknown). */
  hearingLoop: z.boolean().nullable().default(null),
  /** Anything else useful, in plain French (parking, lift, on-demand transport stop). */
  notes: z.string().optional(),
});

/** One stop of an itinerant service (the Bus France Services). */
export const StopSchema = z.strictObject({
  /** INSEE code of the commune where the bus stops. */
  commune: InseeSchema,
  /** Where exactly (`Place de l'église`). */
  location: z.string().min(1),
  /** Where the bus parks. */
  coordinates: CoordinatesSchema,
  /** When, in OSM `opening_hours` syntax (`We[2,4] 09:00-12:00`). */
  openingHours: z.string().min(1),
});
export type Stop = z.infer<typeof StopSchema>;

/**
 * A place of the directory ("qui fait quoi ?"): `content/places/<id>.md`, front matter validated
 * here, body a short plain-French description.
 */
export const PlaceSchema = z.strictObject({
  /** Display name (`Médiathèque de Janzé`). */
  name: z.string().min(1),
  /** Kind of place: an id of `taxonomy.placeKinds`. */
  kind: SlugSchema,
  /** Organisation running it, when different from the name (`Roche aux Fées Communauté`). */
  organisation: z.string().optional(),
  /** SIRET (14 digits) or RNA (`W` + 9 digits): the national schema's `pivot`. */
  pivot: z
    .string()
    .regex(/^(?:\d{14}|W\d{9})$/)
    .optional(),
  /** Postal address. Itinerant services give their base address. */
  address: AddressSchema,
  /** Where the place is. Must lie inside the territory. */
  coordinates: CoordinatesSchema,
  /** Opening hours in OSM `opening_hours` syntax (`Tu 14:00-18:00; We 10:00-12:00,14:00-18:00`). */
  openingHours: z.string().min(1).optional(),
  /** Hours said in words when they cannot be written as a rule (`sur rendez-vous`). */
  hoursNote: z.string().optional(),
  /** Public phone number of the structure (never a person's). */
  phone: PhoneSchema.optional(),
  /** Public email of the structure. */
  email: z.email().optional(),
  /** Website (`https://…`). */
  website: HttpUrlSchema.optional(),
  /** Theme ids (`taxonomy.themes`) of the help given here; each maps to a national service. */
  themes: z.array(SlugSchema).min(1),
  /** What one can get help with, in the words of residents (`Déclarer ses impôts en ligne`). */
  helpsWith: z.array(z.string().min(1)).default([]),
  /** Public ids (`taxonomy.publics`) addressed specifically. Empty: everybody. */
  publics: z.array(SlugSchema).default([]),
  /** Fee ids (`taxonomy.fees`). */
  fees: z.array(SlugSchema).default([]),
  /** Accompaniment mode ids (`taxonomy.accompaniments`). */
  accompaniments: z.array(SlugSchema).default([]),
  /** Physical accessibility. */
  accessibility: AccessibilitySchema.default({ wheelchair: null, hearingLoop: null }),
  /** What to bring (`Pièce d'identité`, `Identifiants FranceConnect ou ameli`). */
  toBring: z.array(z.string().min(1)).default([]),
  /** Stops of an itinerant service, one per commune and time. */
  stops: z.array(StopSchema).default([]),
  /** How to get there without a car (on-demand transport, bus line). */
  transport: z.string().optional(),
  /** Facts not yet confirmed by the partner: `true` for all, or the list of fields. */
  toConfirm: z.union([z.boolean(), z.array(z.enum(CONFIRMABLE_FIELDS))]).default(false),
  /** Roadmap actions (1–12) this place carries. */
  actions: z.array(z.number().int().min(1).max(12)).default([]),
  /**
   * The day this record last changed (`2026-11-28`): the open data's `date_maj`. Set by whoever
   * edits the file; a test checks it against the file's git history (tests/content/places-updated-on.test.ts).
   */
  updatedOn: DateSchema.optional(),
});
export type Place = z.infer<typeof PlaceSchema>;
/** A place with its id (the file name) and its description. */
export type PlaceEntry = Place & { id: string; description: string };
