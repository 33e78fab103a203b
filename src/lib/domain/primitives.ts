import { z } from 'zod';

/** A slug: lowercase ASCII letters, digits and single hyphens (`mediatheque-janze`). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'attendu : minuscules, chiffres et tirets (ex. « mediatheque-janze »)');

/** An INSEE commune code (5 characters, Corsica included: `35136`, `2A004`). */
export const InseeSchema = z.string().regex(/^(?:\d{5}|2[AB]\d{3})$/, 'attendu : un code INSEE à 5 caractères');

/** WGS 84 coordinates in decimal degrees. */
export const CoordinatesSchema = z.object({
  /** Latitude, −90…90. */
  lat: z.number().min(-90).max(90),
  /** Longitude, −180…180. */
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof CoordinatesSchema>;

const SAFE_URL = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d][\d .-]*)$/i;

/** A URL that can be published: `http(s):`, `mailto:` or `tel:` only (never `javascript:`, `data:`…). */
export const SafeUrlSchema = z.string().regex(SAFE_URL, 'attendu : une adresse http(s), mailto: ou tel:');

/** A web address (`http:` or `https:` only). */
export const HttpUrlSchema = z.string().regex(/^https?:\/\/[^\s]+$/i, 'attendu : une adresse http(s)');

/** An ISO 8601 date-time with its offset (`2026-12-03T14:00:00+01:00`). */
export const DateTimeWithOffsetSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/,
    'attendu : une date-heure ISO 8601 avec décalage',
  );

/** An ISO 8601 calendar date (`2026-12-14`). */
export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'attendu : une date AAAA-MM-JJ');

/** A French phone number as written for people (`02 99 47 00 00`), or an international one. */
export const PhoneSchema = z.string().regex(/^\+?[\d .]{9,20}$/, 'attendu : un numéro de téléphone');
