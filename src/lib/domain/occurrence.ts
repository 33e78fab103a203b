import { z } from 'zod';
import {
  CoordinatesSchema,
  DateSchema,
  DateTimeWithOffsetSchema,
  InseeSchema,
  SafeUrlSchema,
  SlugSchema,
} from './primitives.ts';

/** Status of an occurrence, as iCalendar's STATUS. Cancelled occurrences are kept and shown as such. */
export const OCCURRENCE_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;
export const OccurrenceStatusSchema = z.enum(OCCURRENCE_STATUSES);
export type OccurrenceStatus = z.infer<typeof OccurrenceStatusSchema>;

/** A start or end: a date-time with its Europe/Paris offset, or a date for all-day occurrences. */
export const WhenSchema = z.union([DateTimeWithOffsetSchema, DateSchema]);

/**
 * One dated instance of an event. A recurring event is many occurrences sharing a `seriesId`.
 * Absent values are `null`, never missing, so the JSON is the same shape for every occurrence.
 */
export const OccurrenceSchema = z.strictObject({
  /** Stable id: hash of source, UID and recurrence instant (`o-3f9a…`). */
  id: z.string().regex(/^o-[0-9a-f]{16}$/),
  /** Stable id shared by all occurrences of one series (hash of source and UID) (`s-…`). */
  seriesId: z.string().regex(/^s-[0-9a-f]{16}$/),
  /** Source (`content/sources.yaml`) the occurrence was read from. */
  sourceId: SlugSchema,
  /** Other sources that published the same occurrence (cross-source duplicates merged into this one). */
  alsoFrom: z.array(SlugSchema).default([]),
  /** Title, plain text, one line. */
  title: z.string().min(1),
  /** Description, plain text (HTML removed), or `null`. */
  description: z.string().nullable(),
  /** Start: `2026-12-03T14:00:00+01:00`, or `2026-12-14` when all-day. */
  start: WhenSchema,
  /** End (exclusive for all-day, as in iCalendar); same form as `start`. */
  end: WhenSchema,
  /** `true` when `start` and `end` are dates. */
  allDay: z.boolean(),
  /** `confirmed`, `tentative` or `cancelled`. */
  status: OccurrenceStatusSchema,
  /** Location as published by the partner (free text), or `null`. */
  location: z.string().nullable(),
  /** Place of the directory the location was resolved to, or `null`. */
  placeId: SlugSchema.nullable(),
  /** INSEE code of the commune, from the place, the text or the source defaults, or `null`. */
  commune: InseeSchema.nullable(),
  /** Where it happens, from the place or the feed (GEO), or `null`. */
  coordinates: CoordinatesSchema.nullable(),
  /** Web page of the event (http(s)/mailto/tel only), or `null`. */
  url: SafeUrlSchema.nullable(),
  /** How to register (plain text: a phone, "sur inscription", or a URL), or `null`. */
  registration: z.string().nullable(),
  /** Price as published (`Gratuit`, `5 €`), or `null`. */
  price: z.string().nullable(),
  /** `true` when free, `false` when paid, `null` when unknown. */
  free: z.boolean().nullable(),
  /** Theme ids (`taxonomy.themes`). */
  themes: z.array(SlugSchema),
  /** Public ids (`taxonomy.publics`). Empty: everybody. */
  publics: z.array(SlugSchema),
  /** Roadmap axes (1–5), from the themes. */
  axes: z.array(z.number().int().min(1).max(5)),
  /** `true` for the sample events of demo sources (shown with an "exemple" mark). */
  demo: z.boolean(),
  /** When this occurrence was first seen by the nightly ingest (for "new" in RSS). */
  firstSeen: DateTimeWithOffsetSchema,
  /** LAST-MODIFIED / DTSTAMP from the feed, or `null`. */
  updatedAt: DateTimeWithOffsetSchema.nullable(),
});
export type Occurrence = z.infer<typeof OccurrenceSchema>;

/** `content/events/<source-id>.json`: one source's occurrences, sorted by start then id. */
export const SourceEventsSchema = z.strictObject({
  /** The source id (same as the file name). */
  sourceId: SlugSchema,
  /** The occurrences. */
  occurrences: z.array(OccurrenceSchema),
});
export type SourceEvents = z.infer<typeof SourceEventsSchema>;
