import { z } from 'zod';
import { AddressSchema, HttpUrlSchema, OccurrenceSchema, PlaceSchema, SlugSchema } from '../domain/index.ts';

/** One record of `/donnees/evenements.json`: an occurrence as published, with labels and its page. */
export const OpenEventSchema = OccurrenceSchema.omit({ sourceId: true, alsoFrom: true, axes: true }).extend({
  /** Name of the commune, or `null`. */
  communeName: z.string().nullable(),
  /** Page of the event on the site. */
  page: HttpUrlSchema,
  /** Labels of `themes`, in taxonomy order. */
  themeLabels: z.array(z.string()),
  /** Name of the partner that published it, or `null`. */
  organiser: z.string().nullable(),
});
export type OpenEvent = z.infer<typeof OpenEventSchema>;

/** One record of `/donnees/lieux.json`: a place of the directory with its id, commune name and page. */
export const OpenPlaceSchema = PlaceSchema.extend({
  /** The address; `street` is `null` while the partner has not confirmed it. */
  address: AddressSchema.extend({ street: z.string().min(1).nullable() }),
  id: SlugSchema,
  description: z.string(),
  communeName: z.string().nullable(),
  page: HttpUrlSchema,
});
export type OpenPlace = z.infer<typeof OpenPlaceSchema>;
