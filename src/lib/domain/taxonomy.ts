import { z } from 'zod';
import { SlugSchema } from './primitives.ts';

/** The 9 services of the national schema of digital-mediation places (LaMednum, v1.0). */
export const NATIONAL_SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;
export const NationalServiceSchema = z.enum(NATIONAL_SERVICES);
export type NationalService = z.infer<typeof NationalServiceSchema>;

/** The publics of the national schema ("publics spécifiquement adressés"). */
export const NATIONAL_PUBLICS = ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'] as const;
/** The fees of the national schema ("frais à charge"). */
export const NATIONAL_FEES = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;
/** The accompaniment modes of the national schema ("modalités d'accompagnement"). */
export const NATIONAL_ACCOMPANIMENTS = [
  'En autonomie',
  'Accompagnement individuel',
  'Dans un atelier collectif',
  'À distance',
] as const;
/** Structure types of the data·inclusion typology used by the national cartography. */
export const TYPOLOGY_CODES = [
  'BIB',
  'FABLAB',
  'RFS',
  'TIERS_LIEUX',
  'PIJ_BIJ',
  'MDE',
  'MDEF',
  'EVS',
  'ASSO',
  'EPN',
  'MUNI',
  'EPCI',
  'PE',
  'CCAS',
  'CS',
  'AUTRE',
] as const;

/** A plain-language theme, the word residents use, mapped to one national service. */
export const ThemeSchema = z.strictObject({
  /** Stable id used in data and URLs (`demarches`). */
  id: SlugSchema,
  /** Short label shown on filters (`Démarches en ligne`). */
  label: z.string().min(1),
  /** The need as a resident says it (`Faire mes démarches en ligne`). */
  need: z.string().min(1),
  /** The national service this theme belongs to. */
  service: NationalServiceSchema,
  /** Roadmap axes (1–5) this theme serves. */
  axes: z.array(z.number().int().min(1).max(5)).default([]),
  /** Words that, found in a feed's CATEGORIES, a CSV "thème" column or a title, select this theme (matched without case or accents). */
  keywords: z.array(z.string().min(1)).default([]),
});
export type Theme = z.infer<typeof ThemeSchema>;

/** A public the offer addresses (`seniors`), optionally mapped to a national public. */
export const PublicSchema = z.strictObject({
  /** Stable id (`seniors`). */
  id: SlugSchema,
  /** Label shown to residents (`Seniors`). */
  label: z.string().min(1),
  /** The national schema's public, when there is one. */
  national: z.enum(NATIONAL_PUBLICS).optional(),
  /** Words that select this public in feeds (matched without case or accents). */
  keywords: z.array(z.string().min(1)).default([]),
});
export type Public = z.infer<typeof PublicSchema>;

/** One entry of a small controlled list mapped onto the national vocabulary (fees, accompaniment modes). */
const nationalEntry = <T extends readonly [string, ...string[]]>(values: T) =>
  z.strictObject({
    /** Stable id (`gratuit`). */
    id: SlugSchema,
    /** Label shown to residents. */
    label: z.string().min(1),
    /** The national schema's value. */
    national: z.enum(values),
  });

/** A fee level (`gratuit`). */
export const FeeSchema = nationalEntry(NATIONAL_FEES);
/** An accompaniment mode (`atelier-collectif`). */
export const AccompanimentSchema = nationalEntry(NATIONAL_ACCOMPANIMENTS);

/** A kind of place of the directory, mapped to a data·inclusion typology code. */
export const PlaceKindSchema = z.strictObject({
  /** Stable id (`mediatheque`). */
  id: SlugSchema,
  /** Label shown to residents (`Médiathèque`). */
  label: z.string().min(1),
  /** data·inclusion typology code (`BIB`). */
  typology: z.enum(TYPOLOGY_CODES),
});
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** One of the roadmap's 5 axes. */
export const AxisSchema = z.strictObject({
  /** 1–5. */
  id: z.number().int().min(1).max(5),
  /** The axis as the roadmap words it. */
  label: z.string().min(1),
});

/**
 * How the site recognises what carries an action out: the occurrences (and places) matching
 * every criterion given (any value within one criterion). An action without `carriedBy` is not
 * measured by the site's data (the data cannot say).
 */
export const CarriedBySchema = z.strictObject({
  /** Theme ids: the occurrence has one of them. */
  themes: z.array(SlugSchema).default([]),
  /** Public ids: the occurrence names one of them. */
  publics: z.array(SlugSchema).default([]),
  /** Place kind ids: the occurrence takes place at a place of one of these kinds (and such places carry the action). */
  placeKinds: z.array(SlugSchema).default([]),
  /** Whole words of the title (matched without case or accents): `openlab`, `éphémère`. */
  keywords: z.array(z.string().min(1)).default([]),
});
export type CarriedBy = z.infer<typeof CarriedBySchema>;

/** A weekly target of the roadmap for one place (`OpenLab 21 h par semaine à Janzé`). */
export const WeeklyTargetSchema = z.strictObject({
  /** Place id (`fablab-janze`). */
  place: SlugSchema,
  /** Hours per week the roadmap aims at. */
  hours: z.number().positive(),
  /** Hours per week when the roadmap was written, if it says so. */
  before: z.number().nonnegative().optional(),
});
export type WeeklyTarget = z.infer<typeof WeeklyTargetSchema>;

/** One of the roadmap's 12 actions. */
export const ActionSchema = z.strictObject({
  /** 1–12. */
  id: z.number().int().min(1).max(12),
  /** The axis it belongs to. */
  axis: z.number().int().min(1).max(5),
  /** The action as the roadmap words it. */
  label: z.string().min(1),
  /** What the roadmap plans, in plain French (« ce qui est prévu »). */
  planned: z.string().min(1).optional(),
  /** What carries it out in the data (absent: the site's data cannot say). */
  carriedBy: CarriedBySchema.optional(),
  /** Weekly hours per place the roadmap sets as targets (action 9: OpenLab). */
  weeklyTargets: z.array(WeeklyTargetSchema).default([]),
});
export type Action = z.infer<typeof ActionSchema>;

/** An entry of the home page's "what do you need?" list: themes and/or publics to look for. */
export const NeedSchema = z.strictObject({
  /** Stable id, used in URLs (`demarches`). */
  id: SlugSchema,
  /** The need as a resident says it (`Faire mes démarches en ligne`). */
  label: z.string().min(1),
  /** Theme ids that answer it (any of). */
  themes: z.array(SlugSchema).default([]),
  /** Public ids that answer it (any of). */
  publics: z.array(SlugSchema).default([]),
  /**
   * Id of the place that is the territory's reference service for this need (France Services for
   * « démarches »): every commune's answer to the need lists it, after what is in or comes to the
   * commune and before the rest. It must answer the need. Absent: no single reference.
   */
  reference: SlugSchema.optional(),
});
export type Need = z.infer<typeof NeedSchema>;

/** `content/taxonomy.yaml`: every controlled list of the site. */
export const TaxonomySchema = z.strictObject({
  themes: z.array(ThemeSchema).min(1),
  publics: z.array(PublicSchema).min(1),
  fees: z.array(FeeSchema).min(1),
  accompaniments: z.array(AccompanimentSchema).min(1),
  placeKinds: z.array(PlaceKindSchema).min(1),
  axes: z.array(AxisSchema).length(5),
  actions: z.array(ActionSchema).length(12),
  needs: z.array(NeedSchema).min(1),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
