import { z } from 'zod';
import { HttpUrlSchema, InseeSchema, SlugSchema } from './primitives.ts';
import { FeedBudgetSchema, type FeedBudget } from './status.ts';

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

/**
 * Limits of one read of a feed when `sources.yaml` says nothing: 10 Mio downloaded, 20 000 VEVENTs
 * or rows, 20 000 occurrences kept in the window (a year and a month), 2 000 event series (one page
 * each). Ten times what the busiest partner of a rural territory publishes.
 */
export const DEFAULT_FEED_BUDGET: FeedBudget = {
  bytes: 10 * 1024 * 1024,
  events: 20_000,
  occurrences: 20_000,
  series: 2_000,
};

/** A source's own limits: any field of the budget, the others coming from the registry's `budget`. */
export const FeedBudgetOverrideSchema = FeedBudgetSchema.partial();
export type FeedBudgetOverride = z.infer<typeof FeedBudgetOverrideSchema>;

/** The registry's `budget` block: every field optional, defaults from DEFAULT_FEED_BUDGET. */
const RegistryBudgetSchema = z.strictObject({
  /** Largest body downloaded or read, after decompression (bytes). Default 10 Mio. */
  bytes: z.number().int().positive().default(DEFAULT_FEED_BUDGET.bytes),
  /** Most VEVENTs (iCalendar) or data rows (CSV) in one feed. Default 20 000. */
  events: z.number().int().positive().default(DEFAULT_FEED_BUDGET.events),
  /** Most occurrences kept in the ingest window; expansion stops past it. Default 20 000. */
  occurrences: z.number().int().positive().default(DEFAULT_FEED_BUDGET.occurrences),
  /** Most event series (distinct events, each a page of the site). Default 2 000. */
  series: z.number().int().positive().default(DEFAULT_FEED_BUDGET.series),
});

/**
 * The sudden-drop hold: when a feed's upcoming occurrences fall by `share` or more (and it had at
 * least `minUpcoming`), or to none at all, the previous data is kept for `nights` nights while the
 * status says why; a drop still there after that is accepted (a partner may really empty a calendar).
 */
export const DropHoldPolicySchema = z.strictObject({
  /** Share of the upcoming occurrences whose loss is held back (0.5: half or more). Default 0.5. */
  share: z.number().gt(0).max(1).default(0.5),
  /** Nights the previous data is kept before the drop is accepted. Default 3; 0 turns the hold off. */
  nights: z.number().int().nonnegative().default(3),
  /** A feed with fewer upcoming occurrences than this is held only when it falls to none. Default 10. */
  minUpcoming: z.number().int().nonnegative().default(10),
});
export type DropHoldPolicy = z.infer<typeof DropHoldPolicySchema>;
export const DEFAULT_DROP_HOLD: DropHoldPolicy = DropHoldPolicySchema.parse({});

/** A source's own sudden-drop hold: any field, the others from the registry's `hold` (no defaults here). */
export const DropHoldOverrideSchema = z.strictObject({
  share: z.number().gt(0).max(1).optional(),
  nights: z.number().int().nonnegative().optional(),
  minUpcoming: z.number().int().nonnegative().optional(),
});

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
    /**
     * This source's limits (any of `bytes`, `events`, `occurrences`, `series`) over the registry's
     * `budget`. Once the registry is read, every field is filled (see `budgetOf`).
     */
    budget: FeedBudgetOverrideSchema.optional(),
    /** This source's sudden-drop hold (any of `share`, `nights`, `minUpcoming`) over the registry's `hold`. */
    hold: DropHoldOverrideSchema.optional(),
  })
  .refine((s) => (s.url === undefined) !== (s.path === undefined), {
    error: 'indiquer soit « url », soit « path » (un seul des deux)',
  });
export type Source = z.infer<typeof SourceSchema>;

/**
 * `content/sources.yaml`: the registry of partner feeds, with the `budget` and `hold` every source
 * gets unless it says otherwise. Once read, each source carries its complete budget and hold.
 */
export const SourceRegistrySchema = z
  .strictObject({
    /** Limits of every source (defaults: DEFAULT_FEED_BUDGET). */
    budget: RegistryBudgetSchema.prefault({}),
    /** Sudden-drop hold of every source (defaults: DEFAULT_DROP_HOLD). */
    hold: DropHoldPolicySchema.prefault({}),
    sources: z.array(SourceSchema),
  })
  .transform((registry) => ({
    ...registry,
    sources: registry.sources.map((source) => ({
      ...source,
      budget: withDefaults(registry.budget, source.budget),
      hold: withDefaults(registry.hold, source.hold),
    })),
  }));
export type SourceRegistry = z.infer<typeof SourceRegistrySchema>;

/** `defaults` with the fields `own` sets (an `undefined` field keeps its default). */
function withDefaults<T extends object>(defaults: T, own: { [K in keyof T]?: T[K] | undefined } | undefined): T {
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    const value = own?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The complete budget of a source: its own fields over the defaults. */
export function budgetOf(source: Pick<Source, 'budget'>): FeedBudget {
  return withDefaults(DEFAULT_FEED_BUDGET, source.budget);
}

/** The complete sudden-drop hold of a source: its own fields over the defaults. */
export function holdPolicyOf(source: Pick<Source, 'hold'>): DropHoldPolicy {
  return withDefaults(DEFAULT_DROP_HOLD, source.hold);
}
