import { z } from 'zod';
import { CoordinatesSchema, InseeSchema, SlugSchema } from './primitives.ts';

/** One commune of the territory (`content/communes.json`). */
export const CommuneSchema = z.strictObject({
  /** INSEE code, the commune's identifier everywhere in the data (`35136`). */
  insee: InseeSchema,
  /** Official name with its accents and hyphens (`Le Theil-de-Bretagne`). */
  name: z.string().min(1),
  /** URL slug of `/communes/<slug>/` and of `/agenda/<slug>.ics` (`le-theil-de-bretagne`). */
  slug: SlugSchema,
  /** Main postal code (`35150`). */
  postalCode: z.string().regex(/^\d{5}$/),
  /** Legal population (population municipale). */
  population: z.number().int().nonnegative(),
  /** Approximate centre of the commune, used for distances when no address is known. */
  centroid: CoordinatesSchema,
});
export type Commune = z.infer<typeof CommuneSchema>;

/** The territory: its name and its communes. */
export const CommuneListSchema = z.array(CommuneSchema).min(1);
