import { z } from 'zod';
import { HttpUrlSchema, InseeSchema, SlugSchema } from './primitives.ts';

/** Formats a partner can publish in. */
export const FEED_FORMATS = ['ics', 'csv'] as const;
export const FeedFormatSchema = z.enum(FEED_FORMATS);
export type FeedFormat = z.infer<typeof FeedFormatSchema>;

/** Fields of a CSV row that a column can feed. */
export const CSV_FIELDS = [
  'title',
  'date',
  'start',
  'end',
  'endDate',
  'location',
  'address',
  'commune',
  'description',
  'public',
  'theme',
  'price',
  'registration',
  'url',
  'status',
  'uid',
] as const;
export const CsvFieldSchema = z.enum(CSV_FIELDS);
export type CsvField = z.infer<typeof CsvFieldSchema>;

/** Values applied to every event of a source when the feed says nothing better. */
export const SourceDefaultsSchema = z.strictObject({
  /** Place id (`content/places/<id>.md`) where events happen unless the feed names another. */
  place: SlugSchema.optional(),
  /** INSEE code of the commune, when the place is not known. */
  commune: InseeSchema.optional(),
  /** Theme ids added to every event. */
  themes: z.array(SlugSchema).default([]),
  /** Public ids added to every event. */
  publics: z.array(SlugSchema).default([]),
});
export type SourceDefaults = z.infer<typeof SourceDefaultsSchema>;

/** One partner feed of `content/sources.yaml`. Exactly one of `url` and `path`. */
export const SourceSchema = z
  .strictObject({
    /** Stable id, the name of `content/events/<id>.json` (`fablab-janze`). */
    id: SlugSchema,
    /** Name shown to residents and partners (`FabLab de Janzé`). */
    name: z.string().min(1),
    /** Place id of the organisation publishing the feed. */
    organisation: SlugSchema,
    /** `ics` (iCalendar) or `csv` (spreadsheet). */
    format: FeedFormatSchema,
    /** Address of the feed (http or https). */
    url: HttpUrlSchema.optional(),
    /** File under `content/feeds/`, relative to `content/` (`feeds/fablab.ics`). */
    path: z
      .string()
      .regex(/^feeds\/[A-Za-z0-9._-]+$/, 'attendu : un fichier sous feeds/ (ex. « feeds/fablab.ics »)')
      .optional(),
    /** Values applied to events that do not say better. */
    defaults: SourceDefaultsSchema.default({ themes: [], publics: [] }),
    /** CSV only: header of the column holding each field, when the automatic detection is not enough. */
    columns: z.partialRecord(CsvFieldSchema, z.string().min(1)).optional(),
    /** Time zone of floating times when the feed does not name one (IANA name). */
    timeZone: z.string().default('Europe/Paris'),
    /** Public contact for the feed (email or phone of the structure). */
    contact: z.string().optional(),
    /** Licence of the published data (`Licence Ouverte 2.0`). */
    licence: z.string().optional(),
    /** `true` for the sample feeds shipped with the project: their events are marked as examples. */
    demo: z.boolean().default(false),
    /** `false` to keep a source in the registry without reading it. */
    enabled: z.boolean().default(true),
  })
  .refine((s) => (s.url === undefined) !== (s.path === undefined), {
    error: 'indiquer soit « url », soit « path » (un seul des deux)',
  });
export type Source = z.infer<typeof SourceSchema>;

/** `content/sources.yaml`: the registry of partner feeds. */
export const SourceRegistrySchema = z.strictObject({
  sources: z.array(SourceSchema),
});
export type SourceRegistry = z.infer<typeof SourceRegistrySchema>;
